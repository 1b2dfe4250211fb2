import type { Batch, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { IdempotentProducer, ProducedMessage } from './idempotent-producer';
import type { KafkaSettings } from './kafka-settings';
import { ensureTopics, type TopicSpec } from './kafka-topics';

/** A message as it was read: where it sits, and its bytes. */
export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
}

/** What a handler gets beside its records. */
export interface HandlingContext {
  /** 1 the first time these records are handled, then 2, 3, ... while they are tried again. */
  readonly attempt: number;
  /** Sends what can never be handled to the dead-letter topic; the records then count as handled. */
  deadLetter(letter: ProducedMessage): Promise<void>;
}

/** A pause that starts at `firstMs` and doubles after each failure, up to `maxMs`. */
export interface Backoff {
  readonly firstMs: number;
  readonly maxMs: number;
}

/** What the consumer tells its owner, for the logs. */
export interface ConsumerEvents {
  started?(): void;
  /** The partitions of the topic this member holds after a rebalance, in order. */
  assigned?(partitions: readonly number[]): void;
  crashed?(error: Error): void;
  startFailed?(error: Error): void;
  retrying?(
    records: readonly ConsumedRecord[],
    error: unknown,
    attempt: number,
    waitMs: number,
  ): void;
}

export interface RetryingConsumerOptions {
  readonly group: string;
  readonly topic: string;
  /** Records per call of `handle`; the offset past the last is committed once it resolves. */
  readonly chunkSize: number;
  handle(records: readonly ConsumedRecord[], context: HandlingContext): Promise<void>;
  /**
   * When `handle` rejects: with a backoff, the same records are tried again in place after
   * a growing pause, the partition held and the group heartbeated meanwhile; without one,
   * the rejection goes to kafkajs, whose retrier fetches them again from the last commit.
   */
  readonly retry?: Backoff;
  /** Where `HandlingContext.deadLetter` writes, through an idempotent producer. */
  readonly deadLetterTopic?: string;
  /** Topics created, when missing, before each start. */
  readonly createTopics?: readonly TopicSpec[];
  /** Partitions handled side by side; kafkajs handles one at a time by default. */
  readonly partitionsConsumedConcurrently?: number;
  /** Bytes a fetch waits for (at most the settings' maxWaitTimeMs): fewer, larger batches. */
  readonly minBytes?: number;
  /** The pause before starting again after a crash or a failed start. */
  readonly restartAfterMs: number;
  /** Kafka may come up after this process: a first start that fails is tried again instead of rejecting. */
  readonly waitForKafka?: boolean;
  readonly events?: ConsumerEvents;
}

/** Starts tried on a retriable answer before the start rejects (without `waitForKafka`). */
const START_ATTEMPTS = 10;

/** How often the group hears from this member while it waits to try again. */
const HEARTBEAT_EVERY_MS = 1_000;

/**
 * How old the consumer's view of the partition leaders may grow. kafkajs refreshes it on
 * a stale-leader answer but not when the old leader refuses connections (killed): its
 * fetches then fail against the dead broker, retried with the same stale view, until the
 * retries run out and the consumer restarts, half a minute or more. A view at most this
 * old is asked for again before a fetch, so a new leader is found within seconds.
 */
const METADATA_MAX_AGE_MS = 3_000;

/**
 * A member of a consumer group that commits an offset only after the records before it
 * are handled (or dead-lettered), tries a failed chunk again with a growing pause while
 * the store or the broker is away, and starts afresh after a crash that kafkajs would not
 * restart from. Create it through `KafkaClient.consumer`.
 */
export class RetryingKafkaConsumer {
  private consumer: Consumer | null = null;
  private closed = false;
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly options: RetryingConsumerOptions,
    private readonly deadLetters: IdempotentProducer | null,
  ) {}

  /**
   * Joins the group and starts consuming; rejects when that fails, unless `waitForKafka`.
   * An answer Kafka calls retriable is tried again first: on several brokers a topic just
   * created reaches each one's metadata a moment apart, and subscribing may be told
   * "unknown topic" meanwhile.
   */
  async start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.run();
      } catch (error) {
        if (this.options.waitForKafka) return this.startFailed(error);
        const retriable = (error as { retriable?: unknown }).retriable === true;
        if (!retriable || attempt >= START_ATTEMPTS || this.closed) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.restartAfterMs));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const consumer = this.consumer;
    this.consumer = null;
    try {
      await consumer?.disconnect();
    } finally {
      await this.deadLetters?.disconnect();
    }
  }

  private async run(): Promise<void> {
    if (this.closed) return;
    const { createTopics, topic, partitionsConsumedConcurrently } = this.options;
    let consumer: Consumer | null = null;
    try {
      if (createTopics?.length) await ensureTopics(this.kafka, createTopics, this.settings);
      await this.deadLetters?.connect();
      consumer = this.newConsumer();
      this.consumer = consumer;
      const self = consumer;
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        ...(partitionsConsumedConcurrently ? { partitionsConsumedConcurrently } : {}),
        eachBatch: (payload) => this.eachBatch(self, payload),
      });
    } catch (error) {
      await consumer?.disconnect().catch(() => undefined);
      throw error;
    }
    this.options.events?.started?.();
  }

  private startFailed(error: unknown): void {
    if (this.closed) return;
    this.options.events?.startFailed?.(error as Error);
    this.restartLater();
  }

  private restartLater(): void {
    if (this.closed) return;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(
      () => void this.run().catch((error: unknown) => this.startFailed(error)),
      this.options.restartAfterMs,
    );
  }

  private newConsumer(): Consumer {
    const { settings, options } = this;
    const consumer = this.kafka.consumer({
      groupId: options.group,
      sessionTimeout: settings.sessionTimeoutMs,
      heartbeatInterval: settings.heartbeatIntervalMs,
      rebalanceTimeout: settings.sessionTimeoutMs,
      maxWaitTimeInMs: settings.maxWaitTimeMs,
      metadataMaxAge: METADATA_MAX_AGE_MS,
      ...(options.minBytes ? { minBytes: options.minBytes } : {}),
      // kafkajs keeps asking the group coordinator it found first: once that broker is
      // killed, only a restart finds the new one. A short retry budget (about 5 s) makes
      // the restart come soon; a restart is safe, offsets are committed after handling.
      retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 2000 },
    });
    // kafkajs restarts a consumer only after a retriable crash. After any other, such as a
    // commit refused because the group went on without this member, it would stay stopped
    // for good while the process lives on: start a fresh one instead.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.closed) return;
      options.events?.crashed?.(payload.error);
      void consumer.disconnect().catch(() => undefined);
      this.restartLater();
    });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const partitions = [...(payload.memberAssignment[options.topic] ?? [])];
      options.events?.assigned?.(partitions.sort((a, b) => a - b));
    });
    return consumer;
  }

  /**
   * A backlog arrives in large batches; handled whole, one could outlast the session
   * timeout (no heartbeat meanwhile) and the group would drop this member: chunks, each
   * committed and followed by a heartbeat.
   */
  private async eachBatch(
    consumer: Consumer,
    { batch, heartbeat, isRunning, isStale, resolveOffset }: EachBatchPayload,
  ): Promise<void> {
    const live = () => isRunning() && !isStale() && !this.closed;
    const { chunkSize } = this.options;
    for (let from = 0; from < batch.messages.length; from += chunkSize) {
      if (!live()) return;
      const records = batch.messages
        .slice(from, from + chunkSize)
        .map((message) => recordOf(batch, message));
      if (!(await this.settle(records, heartbeat, live))) return;
      const last = records[records.length - 1]!;
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
  }

  /** Handles a chunk, trying again while it fails (with a backoff); false when stopped first. */
  private async settle(
    records: readonly ConsumedRecord[],
    heartbeat: () => Promise<void>,
    live: () => boolean,
  ): Promise<boolean> {
    const { retry, events } = this.options;
    const deadLetter = (letter: ProducedMessage) => this.deadLetter(letter);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(records, { attempt, deadLetter });
        return true;
      } catch (error) {
        if (!retry) throw error;
        if (!live()) return false;
        const wait = Math.min(retry.maxMs, retry.firstMs * 2 ** Math.min(attempt - 1, 10));
        events?.retrying?.(records, error, attempt, wait);
        if (!(await pause(wait, heartbeat, live))) return false;
      }
    }
  }

  private async deadLetter(letter: ProducedMessage): Promise<void> {
    const topic = this.options.deadLetterTopic;
    if (!this.deadLetters || topic === undefined)
      throw new Error(`the consumer of ${this.options.topic} has no dead-letter topic`);
    if (this.closed) throw new Error('the dead-letter producer is closed');
    await this.deadLetters.send(topic, [letter]);
  }
}

function recordOf(batch: Batch, message: KafkaMessage): ConsumedRecord {
  return {
    topic: batch.topic,
    partition: batch.partition,
    offset: message.offset,
    key: message.key,
    value: message.value,
  };
}

/** Waits, heartbeating, unless the consumer stops or loses the partition first. */
async function pause(
  ms: number,
  heartbeat: () => Promise<void>,
  live: () => boolean,
): Promise<boolean> {
  // Monotonic: a clock jump back must not stretch the pause by the jump's length.
  const until = performance.now() + ms;
  while (performance.now() < until) {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(HEARTBEAT_EVERY_MS, until - performance.now())),
    );
    if (!live()) return false;
    await heartbeat();
  }
  return true;
}
