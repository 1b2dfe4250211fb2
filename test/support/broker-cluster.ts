import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Admin } from 'kafkajs';
import { until } from './http';
import { quietBasePort, runServerScript } from './own-servers';

export const BROKER_IDS = [1, 2, 3] as const;
/** Brokers at the base port and the next two, controllers 100 above. */
const OFFSETS = [0, 1, 2, 100, 101, 102];

/**
 * The three-broker cluster of scripts/servers/kafka-cluster-start.sh on ports of this run:
 * the other suites keep the shared single broker.
 */
export class BrokerCluster {
  private constructor(private readonly env: Record<string, string>) {}

  static async pick(): Promise<BrokerCluster> {
    return new BrokerCluster({ KAFKA_CLUSTER_PORT: String(await quietBasePort(OFFSETS)) });
  }

  private get base(): number {
    return Number(this.env.KAFKA_CLUSTER_PORT);
  }

  get brokers(): string[] {
    return BROKER_IDS.map((n) => `127.0.0.1:${this.base + n - 1}`);
  }

  /** Starts every node that is not running (all of them, or the brokers named). */
  start(...brokers: number[]) {
    return runServerScript('kafka-cluster-start.sh', this.env, brokers.map(String));
  }

  /** kill -9, as a crash. */
  kill(...brokers: number[]) {
    return runServerScript('kafka-cluster-stop.sh', this.env, ['--kill', ...brokers.map(String)]);
  }

  /** Stops every node for good: data wiped, and the logs kept per port removed. */
  async remove(): Promise<void> {
    await runServerScript('kafka-cluster-stop.sh', this.env, ['--wipe']).catch(() => undefined);
    const ports = OFFSETS.map((offset) => this.base + offset);
    const files = ports.flatMap((p) => [`kafka-${p}.log`, `kafka-server-${p}.properties`]);
    const run = join(__dirname, '..', '..', '.cache', 'run');
    await Promise.all(files.map((file) => rm(join(run, file), { force: true })));
  }
}

export interface PartitionLayout {
  readonly partition: number;
  readonly leader: number;
  readonly isr: number[];
}

/**
 * Per partition of the topic: its leader and its in-sync replicas, as the controllers see
 * them; null when the broker asked has just been killed (the next call asks another).
 */
async function layout(admin: Admin, topic: string): Promise<PartitionLayout[] | null> {
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    return topics[0]!.partitions.map((p) => ({
      partition: p.partitionId,
      leader: p.leader,
      isr: p.isr,
    }));
  } catch {
    return null;
  }
}

/** Waits until every partition of the topic is laid out as `wanted` says. */
export async function layoutWhere(
  admin: Admin,
  topic: string,
  wanted: (partition: PartitionLayout) => boolean,
  what: string,
  timeoutMs = 90_000,
): Promise<PartitionLayout[]> {
  const now = await until(
    () => layout(admin, topic),
    (now) => now !== null && now.every(wanted),
    timeoutMs,
    what,
  );
  return now ?? [];
}
