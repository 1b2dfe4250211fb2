import { Kafka, logLevel, type Admin } from 'kafkajs';
import type { KafkaSettings } from './kafka-settings';

/** How far a consumer group is behind on one partition of the events topic. */
export interface PartitionLag {
  readonly partition: number;
  readonly lag: number;
}

/**
 * An admin connection that fails fast, for health checks and lag: short timeouts and
 * hardly any retries, so that a dead broker is reported within seconds.
 */
export class FailFastKafkaAdmin {
  private constructor(
    private readonly admin: Admin,
    private readonly topic: string,
  ) {}

  static async connect(settings: KafkaSettings): Promise<FailFastKafkaAdmin> {
    const kafka = new Kafka({
      clientId: `${settings.clientId}.probe`,
      brokers: [...settings.brokers],
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1000,
      requestTimeout: 2000,
      // A retry or two rides out a metadata refresh; callers bound the whole with a timeout.
      retry: { initialRetryTime: 100, maxRetryTime: 500, retries: 2 },
    });
    const admin = kafka.admin();
    await admin.connect();
    return new FailFastKafkaAdmin(admin, settings.topic);
  }

  /** The brokers the cluster's metadata names. */
  async brokerCount(): Promise<number> {
    return (await this.admin.describeCluster()).brokers.length;
  }

  /** Per partition of the events topic: the events past the group's committed offset. */
  /** The group's lag on the events topic, or on another topic it consumes. */
  async consumerLag(group: string, topic = this.topic): Promise<PartitionLag[]> {
    // One after the other: side by side, they race on the admin's metadata refresh.
    const ends = await this.admin.fetchTopicOffsets(topic);
    const committed = await this.admin.fetchOffsets({ groupId: group, topics: [topic] });
    const done = new Map(
      (committed[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]),
    );
    return ends.map(({ partition, high, low }) => {
      const at = done.get(partition) ?? -1;
      // -1: nothing committed yet, so everything still on the partition is behind.
      const from = at < 0 ? Number(low) : at;
      return { partition, lag: Math.max(0, Number(high) - from) };
    });
  }

  disconnect(): Promise<void> {
    return this.admin.disconnect();
  }
}
