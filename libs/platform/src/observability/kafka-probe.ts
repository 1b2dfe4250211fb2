import { withTimeout } from '@pb/common';
import type { KafkaSettings } from '@pb/messaging';
import { Kafka, logLevel, type Admin } from 'kafkajs';

/**
 * A Kafka admin connection of its own for the readiness check and the consumer lag:
 * short timeouts and no retries, so that a dead broker is reported within seconds.
 */
export class KafkaProbe {
  private readonly kafka: Kafka;
  private admin: Promise<Admin> | null = null;

  constructor(private readonly settings: KafkaSettings) {
    this.kafka = new Kafka({
      clientId: `${settings.clientId}.probe`,
      brokers: [...settings.brokers],
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1000,
      requestTimeout: 2000,
      // A retry or two rides out a metadata refresh; the timeout below bounds the whole.
      retry: { initialRetryTime: 100, maxRetryTime: 500, retries: 2 },
    });
  }

  /** Resolves with the number of brokers when the cluster answers within `timeoutMs`. */
  async ping(timeoutMs = 2500): Promise<number> {
    const cluster = await this.withAdmin((admin) => admin.describeCluster(), timeoutMs);
    return cluster.brokers.length;
  }

  /** Per partition of the topic: the events past the group's committed offset. */
  async consumerLag(
    group: string,
    timeoutMs = 2500,
  ): Promise<{ partition: number; lag: number }[]> {
    return this.withAdmin(async (admin) => {
      // One after the other: side by side, they race on the admin's metadata refresh.
      const ends = await admin.fetchTopicOffsets(this.settings.topic);
      const committed = await admin.fetchOffsets({ groupId: group, topics: [this.settings.topic] });
      const done = new Map(
        (committed[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]),
      );
      return ends.map(({ partition, high, low }) => {
        const at = done.get(partition) ?? -1;
        // -1: nothing committed yet, so everything still on the partition is behind.
        const from = at < 0 ? Number(low) : at;
        return { partition, lag: Math.max(0, Number(high) - from) };
      });
    }, timeoutMs);
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }

  private async withAdmin<T>(work: (admin: Admin) => Promise<T>, timeoutMs: number): Promise<T> {
    try {
      this.admin ??= this.connect();
      return await withTimeout(
        this.admin.then(work),
        timeoutMs,
        () => new Error(`Kafka did not answer within ${timeoutMs} ms`),
      );
    } catch (error) {
      // A broken connection is not reused: the next call connects afresh.
      await this.close();
      throw error;
    }
  }

  private async connect(): Promise<Admin> {
    const admin = this.kafka.admin();
    await admin.connect();
    return admin;
  }
}
