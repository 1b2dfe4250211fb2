import type { EventEnvelope } from '@pb/contracts';
import type { StoredCommit } from '@pb/event-store';
import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import {
  EventTransport,
  eventsOf,
  type EventBatchHandler,
  type Subscription,
} from '../transport.port';
import type { KafkaSettings } from './kafka-settings';

/**
 * The distributed transport: one message per event on the events topic, keyed by
 * stream id (one stream stays on one partition, in order), the envelope as JSON in the
 * value, type and schema version in headers. The producer is idempotent with acks=all;
 * consumer offsets are committed only after the handler has applied a batch.
 */
export class KafkaTransport extends EventTransport {
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private readonly consumers = new Set<Consumer>();

  /** Told which partitions this process holds after each rebalance. */
  onAssignment: ((group: string, partitions: number[]) => void) | null = null;

  constructor(private readonly settings: KafkaSettings) {
    super();
    this.kafka = new Kafka({
      clientId: settings.clientId,
      brokers: [...settings.brokers],
      logLevel: logLevel.ERROR,
      connectionTimeout: 3000,
      // Rides out a broker restart of half a minute without failing a send.
      retry: { initialRetryTime: 100, maxRetryTime: 2000, retries: 30 },
    });
  }

  /** Creates the topic if it is missing: events kept for ever, never compacted. */
  async ensureTopic(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = await admin.listTopics();
      if (!existing.includes(this.settings.topic)) {
        // The relay and the projector may both create it at start: the loser's "already exists" is fine.
        await admin.createTopics({
          waitForLeaders: true,
          topics: [
            {
              topic: this.settings.topic,
              numPartitions: this.settings.partitions,
              configEntries: [
                { name: 'retention.ms', value: '-1' },
                { name: 'cleanup.policy', value: 'delete' },
              ],
            },
          ],
        });
      }
    } catch (error) {
      if (
        !/already exists/i.test(
          String(
            (error as { errors?: unknown[] }).errors?.map((e) => (e as Error).message) ?? error,
          ),
        )
      )
        throw error;
    } finally {
      await admin.disconnect();
    }
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      // kafkajs 2.2.4 does not give the idempotent producer its unlimited retries by itself.
      retry: { retries: Number.MAX_SAFE_INTEGER },
      // The Java client's murmur2 partitioner, so other systems agree on the partition of a key.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  async publish(commits: readonly StoredCommit[]): Promise<void> {
    const events = eventsOf(commits);
    if (events.length === 0) return;
    const producer = await this.connectedProducer();
    await producer.send({
      topic: this.settings.topic,
      acks: -1,
      messages: events.map((event) => ({
        key: event.streamId,
        value: JSON.stringify(event),
        headers: { type: event.type, schemaVersion: String(event.schemaVersion) },
      })),
    });
  }

  async subscribe(group: string, handler: EventBatchHandler): Promise<Subscription> {
    const consumer = this.kafka.consumer({
      groupId: group,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs,
      rebalanceTimeout: this.settings.sessionTimeoutMs,
      maxWaitTimeInMs: this.settings.maxWaitTimeMs,
      retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5000 },
    });
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      const partitions = event.payload.memberAssignment[this.settings.topic] ?? [];
      this.onAssignment?.(
        group,
        [...partitions].sort((a, b) => a - b),
      );
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.settings.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, heartbeat, isStale, resolveOffset }) => {
        if (batch.messages.length === 0 || isStale()) return;
        const events = batch.messages
          .map((message) => parseEnvelope(message.value))
          .filter((event): event is EventEnvelope => event !== null);
        await handler(events);
        const last = batch.messages[batch.messages.length - 1]!;
        resolveOffset(last.offset);
        await consumer.commitOffsets([
          {
            topic: batch.topic,
            partition: batch.partition,
            offset: (BigInt(last.offset) + 1n).toString(),
          },
        ]);
        await heartbeat();
      },
    });
    this.consumers.add(consumer);
    return {
      close: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    this.producer = null;
  }
}

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
