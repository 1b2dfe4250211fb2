import { withTimeout } from '@pb/common';
import { FailFastKafkaAdmin, type KafkaSettings, type PartitionLag } from '@pb/messaging';

/**
 * A Kafka admin connection of its own for the readiness check and the consumer lag,
 * each call bounded by a timeout, so that a dead broker is reported within seconds.
 */
export class KafkaProbe {
  private admin: Promise<FailFastKafkaAdmin> | null = null;

  constructor(private readonly settings: KafkaSettings) {}

  /** Resolves with the number of brokers when the cluster answers within `timeoutMs`. */
  async ping(timeoutMs = 2500): Promise<number> {
    return this.withAdmin((admin) => admin.brokerCount(), timeoutMs);
  }

  /** Per partition of the topic: the events past the group's committed offset. */
  async consumerLag(group: string, topic?: string, timeoutMs = 2500): Promise<PartitionLag[]> {
    return this.withAdmin((admin) => admin.consumerLag(group, topic), timeoutMs);
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }

  private async withAdmin<T>(
    work: (admin: FailFastKafkaAdmin) => Promise<T>,
    timeoutMs: number,
  ): Promise<T> {
    try {
      this.admin ??= FailFastKafkaAdmin.connect(this.settings);
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
}
