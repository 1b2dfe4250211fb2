import { ensureTopics } from './kafka-topics';
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
    await ensureTopics(
      this.kafka,
      [
        {
          topic: this.settings.topic,
          configEntries: [
            { name: 'retention.ms', value: '-1' },
            { name: 'cleanup.policy', value: 'delete' },
          ],
        },
      ],
      this.settings.partitions,
    );
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
    let current: Consumer | null = null;
    let closed = false;
    const start = async (): Promise<void> => {
      const consumer = this.consumer(group);
      // kafkajs restarts a consumer only after a retriable crash. After any other, such
      // as a commit refused because the group went on without this member, it would stay
      // stopped for good while the process lives on: start a fresh one instead.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart || closed) return;
        this.consumers.delete(consumer);
        setTimeout(() => void restart(), 1000);
      });
      current = consumer;
      this.consumers.add(consumer);
      await consumer.connect();
      await consumer.subscribe({ topic: this.settings.topic, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
          // A backlog arrives in large batches; handled whole, one could outlast the session
          // timeout (no heartbeat meanwhile) and the group would drop this member.
          for (let from = 0; from < batch.messages.length; from += CHUNK) {
            if (!isRunning() || isStale()) return;
            const messages = batch.messages.slice(from, from + CHUNK);
            await handler(
              messages
                .map((message) => parseEnvelope(message.value))
                .filter((event): event is EventEnvelope => event !== null),
            );
            const last = messages[messages.length - 1]!;
            resolveOffset(last.offset);
            await consumer.commitOffsets([
              {
                topic: batch.topic,
                partition: batch.partition,
                offset: (BigInt(last.offset) + 1n).toString(),
              },
            ]);
            await heartbeat();
          }
        },
      });
    };
    const restart = async (): Promise<void> => {
      if (closed) return;
      try {
        await start();
      } catch {
        if (current) this.consumers.delete(current);
        await current?.disconnect().catch(() => undefined);
        setTimeout(() => void restart(), 1000);
      }
    };
    await start();
    return {
      close: async () => {
        closed = true;
        if (!current) return;
        this.consumers.delete(current);
        await current.disconnect();
      },
    };
  }

  private consumer(group: string): Consumer {
    const consumer = this.kafka.consumer({
      groupId: group,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs,
      rebalanceTimeout: this.settings.sessionTimeoutMs,
      maxWaitTimeInMs: this.settings.maxWaitTimeMs,
      // Let a fetch gather up to 64 KiB (or wait maxWaitTimeInMs): bigger batches mean one
      // status-view recomputation for many events instead of one per event.
      minBytes: 64 * 1024,
      retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5000 },
    });
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      const partitions = event.payload.memberAssignment[this.settings.topic] ?? [];
      this.onAssignment?.(
        group,
        [...partitions].sort((a, b) => a - b),
      );
    });
    return consumer;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    this.producer = null;
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
