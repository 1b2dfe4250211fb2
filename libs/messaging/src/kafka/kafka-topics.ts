import type { Kafka } from 'kafkajs';

/** A topic to create when it is missing, with its settings. */
export interface TopicSpec {
  readonly topic: string;
  readonly configEntries?: readonly { readonly name: string; readonly value: string }[];
}

/**
 * Creates the topics that are missing. Several processes may race at start: the
 * loser's "already exists" is fine.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly TopicSpec[],
  partitions: number,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((spec) => !existing.has(spec.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: partitions,
        configEntries: [...(spec.configEntries ?? [])],
      })),
    });
  } catch (error) {
    const detail = (error as { errors?: unknown[] }).errors?.map((e) => (e as Error).message);
    if (!/already exists/i.test(String(detail ?? error))) throw error;
  } finally {
    await admin.disconnect();
  }
}
