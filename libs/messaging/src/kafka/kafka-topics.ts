import type { Admin } from 'kafkajs';
import type { KafkaSettings } from './kafka-settings';

/** A topic to create when it is missing, with its settings. */
export interface TopicSpec {
  readonly topic: string;
  readonly configEntries?: readonly { readonly name: string; readonly value: string }[];
}

/** What creating topics needs of a kafkajs admin. */
export type TopicAdmin = Pick<Admin, 'connect' | 'disconnect' | 'listTopics' | 'createTopics'>;

/** How topics are laid out on the brokers: the same for every topic this system creates. */
export type TopicLayout = Pick<
  KafkaSettings,
  'partitions' | 'replicationFactor' | 'minInsyncReplicas'
>;

/**
 * Creates the topics that are missing, laid out as configured. Several processes may
 * race at start: the loser's "already exists" is fine. An existing topic is left as it is.
 * On several brokers a new topic reaches each one's metadata a moment apart, so that
 * waiting for its leaders may be told "unknown topic": such a retriable answer is tried
 * again, and the topic is then found to exist. A cluster that starts with the apps may
 * not have every broker registered yet: a replication factor above the brokers there are
 * is tried again for `joiningMs`, then refused with the broker's words.
 */
export async function ensureTopics(
  kafka: { admin(): TopicAdmin },
  topics: readonly TopicSpec[],
  layout: TopicLayout,
  { joiningMs = JOINING_MS, pauseMs = 250 }: { joiningMs?: number; pauseMs?: number } = {},
): Promise<void> {
  const joinedBy = Date.now() + joiningMs;
  for (let attempt = 1; ; attempt++) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await createMissing(admin, topics, layout);
    } catch (error) {
      const retriable = (error as { retriable?: unknown }).retriable === true;
      const joining = brokersMissing(error) && Date.now() < joinedBy;
      if (!joining && (!retriable || attempt >= CREATE_ATTEMPTS)) throw error;
    } finally {
      await admin.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

const CREATE_ATTEMPTS = 20;
/** How long brokers may take to register with the controllers when a cluster starts. */
const JOINING_MS = 60_000;

/** Whether the broker refused a replication factor above the brokers it knows of. */
function brokersMissing(error: unknown): boolean {
  const all = [error, ...((error as { errors?: unknown[] }).errors ?? [])];
  return all.some(
    (e) =>
      (e as { type?: unknown }).type === 'INVALID_REPLICATION_FACTOR' ||
      /larger than available brokers/i.test(String((e as Error)?.message)),
  );
}

async function createMissing(
  admin: TopicAdmin,
  topics: readonly TopicSpec[],
  layout: TopicLayout,
): Promise<void> {
  const replication =
    layout.minInsyncReplicas === undefined
      ? []
      : [{ name: 'min.insync.replicas', value: String(layout.minInsyncReplicas) }];
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((spec) => !existing.has(spec.topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: layout.partitions,
        // -1: the broker's default.replication.factor.
        replicationFactor: layout.replicationFactor ?? -1,
        configEntries: [...replication, ...(spec.configEntries ?? [])],
      })),
    });
  } catch (error) {
    const detail = (error as { errors?: unknown[] }).errors?.map((e) => (e as Error).message);
    if (!/already exists/i.test(String(detail ?? error))) throw error;
  }
}
