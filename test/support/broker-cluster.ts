import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
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
  /** The brokers this suite killed and has not started again. */
  private readonly down = new Set<number>();

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
  async start(...brokers: number[]): Promise<void> {
    await runServerScript('kafka-cluster-start.sh', this.env, brokers.map(String));
    for (const broker of brokers.length ? brokers : BROKER_IDS) this.down.delete(broker);
  }

  /** kill -9, as a crash. */
  async kill(...brokers: number[]): Promise<void> {
    for (const broker of brokers) this.down.add(broker);
    await runServerScript('kafka-cluster-stop.sh', this.env, ['--kill', ...brokers.map(String)]);
  }

  /**
   * Per partition of the topic: its leader and its in-sync replicas, as the controllers
   * see them, asked of the brokers alive by a client of its own (a kafkajs client whose
   * brokers were killed may keep asking them); null when no answer came.
   */
  async layout(topic: string): Promise<PartitionLayout[] | null> {
    const alive = BROKER_IDS.filter((id) => !this.down.has(id)).map((id) => this.brokers[id - 1]!);
    const admin = new Kafka({
      clientId: 'broker-cluster-layout',
      brokers: alive,
      logLevel: logLevel.NOTHING,
      retry: { retries: 1 },
    }).admin();
    try {
      await admin.connect();
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      return topics[0]!.partitions.map((p) => ({
        partition: p.partitionId,
        leader: p.leader,
        isr: p.isr,
      }));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return null;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** Waits until every partition of the topic is laid out as `wanted` says. */
  async layoutWhere(
    topic: string,
    wanted: (partition: PartitionLayout) => boolean,
    what: string,
    timeoutMs = 90_000,
  ): Promise<PartitionLayout[]> {
    const now = await until(
      () => this.layout(topic),
      (now) => now !== null && now.every(wanted),
      timeoutMs,
      what,
    );
    return now ?? [];
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
