import type { EventEnvelope } from '@pb/contracts';
import type { StoredCommit } from '@pb/event-store';
import {
  EventTransport,
  eventsOf,
  type EventBatchHandler,
  type SubscribeOptions,
  type Subscription,
} from '../transport.port';
import type { IdempotentProducer } from './idempotent-producer';
import { KafkaClient } from './kafka-client';
import { byPartition } from './partitions';
import type { KafkaSettings } from './kafka-settings';
import type { RetryingKafkaConsumer } from './retrying-consumer';

/**
 * The distributed transport: one message per event on the events topic, keyed by
 * stream id (one stream stays on one partition, in order), the envelope as JSON in the
 * value, type and schema version in headers. The producer is idempotent with acks=all;
 * consumer offsets are committed only after the handler has applied a batch, and a
 * batch whose handler fails is fetched again.
 */
export class KafkaTransport extends EventTransport {
  private readonly client: KafkaClient;
  private readonly producer: IdempotentProducer;
  private readonly consumers = new Set<RetryingKafkaConsumer>();
  private partitionCount: Promise<number> | null = null;

  constructor(private readonly settings: KafkaSettings) {
    super();
    this.client = new KafkaClient(settings);
    this.producer = this.client.producer();
  }

  /** Creates the topic if it is missing: events kept for ever, never compacted. */
  override async prepare(): Promise<void> {
    await this.client.ensureTopics([
      {
        topic: this.settings.topic,
        configEntries: [
          { name: 'retention.ms', value: '-1' },
          { name: 'cleanup.policy', value: 'delete' },
        ],
      },
    ]);
  }

  /**
   * One send per partition, one after the other. A send that spans several leaders is
   * unsafe in kafkajs 2.2.4: when a leader dies mid-send and its partitions move to a
   * broker that had already answered, kafkajs retries only towards brokers that had not,
   * and reports success for messages it never wrote. A send to one partition has one
   * leader, so a leader change fails it or writes it whole.
   */
  async publish(commits: readonly StoredCommit[]): Promise<void> {
    const events = eventsOf(commits);
    if (events.length === 0) return;
    const messages = events.map((event) => ({
      key: event.streamId,
      value: JSON.stringify(event),
      headers: { type: event.type, schemaVersion: String(event.schemaVersion) },
    }));
    const groups = byPartition(messages, await this.partitions());
    for (const [partition, group] of [...groups].sort(([a], [b]) => a - b))
      await this.producer.send(
        this.settings.topic,
        group.map((message) => ({ ...message, partition })),
      );
  }

  /** The topic's partition count, read once; a failed read is tried again on the next publish. */
  private partitions(): Promise<number> {
    if (!this.partitionCount) {
      const reading = this.client.partitionCount(this.settings.topic);
      this.partitionCount = reading;
      reading.catch(() => {
        if (this.partitionCount === reading) this.partitionCount = null;
      });
    }
    return this.partitionCount;
  }

  async subscribe(
    group: string,
    handler: EventBatchHandler,
    options: SubscribeOptions = {},
  ): Promise<Subscription> {
    const consumer = this.client.consumer({
      group,
      topic: this.settings.topic,
      chunkSize: CHUNK,
      // Let a fetch gather up to 64 KiB (or wait maxWaitTimeMs): bigger batches mean one
      // status-view recomputation for many events instead of one per event.
      minBytes: 64 * 1024,
      restartAfterMs: 1000,
      handle: (records) =>
        handler(
          records
            .map((record) => parseEnvelope(record.value))
            .filter((event): event is EventEnvelope => event !== null),
        ),
      events: { assigned: options.onAssignment },
    });
    this.consumers.add(consumer);
    try {
      await consumer.start();
    } catch (error) {
      this.consumers.delete(consumer);
      throw error;
    }
    return {
      close: async () => {
        this.consumers.delete(consumer);
        await consumer.close();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.close()));
    this.consumers.clear();
    await this.producer.disconnect();
  }
}

/** Events handled between two heartbeats: a few seconds' work at worst. */
const CHUNK = 100;

/** A message on our own topic that is not an envelope is skipped: projections never stall on it. */
function parseEnvelope(value: Buffer | null): EventEnvelope | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value.toString('utf8')) as Partial<EventEnvelope>;
    return typeof parsed.streamId === 'string' &&
      typeof parsed.seq === 'number' &&
      typeof parsed.type === 'string'
      ? (parsed as EventEnvelope)
      : null;
  } catch {
    return null;
  }
}
