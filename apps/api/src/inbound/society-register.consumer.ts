import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DomainError } from '@pb/domain';
import { ensureTopics, type KafkaSettings } from '@pb/messaging';
import { Runtime, type InboundTopicSettings, type Metrics } from '@pb/platform';
import {
  Kafka,
  logLevel,
  Partitioners,
  type Consumer,
  type EachBatchPayload,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';
import { deadLetterRecord, type DeadLetterReason, type OriginalRecord } from './dead-letter';
import { verdictOf } from './inbound-failure';
import { SocietyRegisterApplier } from './society-register.applier';
import { parseSocietyRegisterMessage } from './society-register.message';

/** The first wait before a message that failed for a passing reason is tried again; it doubles. */
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 10_000;
/** How often the group hears from this member while it waits. */
const HEARTBEAT_EVERY_MS = 1_000;

/**
 * Consumes the society-register topic other federation systems write to, in the api
 * process of the distributed mode (the api instances share its partitions as one
 * consumer group). Each message becomes the command the HTTP api runs; a message that
 * cannot be applied goes to the dead-letter topic with the reason, then its offset is
 * committed. A store or broker that cannot be reached holds the partition back: the
 * message is tried again, with a growing pause, and its offset stays uncommitted.
 *
 * Logs name the messageId, the type and the outcome, never the content.
 */
@Injectable()
export class SocietyRegisterConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Inbound');
  private readonly settings: InboundTopicSettings | null;
  private readonly kafkaSettings: KafkaSettings | null;
  private readonly metrics: Metrics;
  private consumer: Consumer | null = null;
  private producer: Producer | null = null;
  private stopped = false;
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(Runtime) runtime: Runtime,
    private readonly applier: SocietyRegisterApplier,
  ) {
    this.settings = runtime.config.inboundSocietyRegister;
    this.kafkaSettings = runtime.config.kafka;
    this.metrics = runtime.metrics;
  }

  onApplicationBootstrap(): void {
    if (!this.settings || !this.kafkaSettings) {
      if (this.kafkaSettings) this.logger.log('society-register consumer is off');
      return;
    }
    // Kafka may come up after the api: the HTTP side serves meanwhile, the consumer keeps trying.
    void this.start(this.settings, this.kafkaSettings);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
  }

  private async start(settings: InboundTopicSettings, kafkaSettings: KafkaSettings): Promise<void> {
    if (this.stopped) return;
    const kafka = new Kafka({
      clientId: `${kafkaSettings.clientId}.inbound`,
      brokers: [...kafkaSettings.brokers],
      logLevel: logLevel.ERROR,
      connectionTimeout: 3000,
      retry: { initialRetryTime: 100, maxRetryTime: 2000, retries: 30 },
    });
    let consumer: Consumer | null = null;
    try {
      await ensureTopics(
        kafka,
        [
          { topic: settings.topic },
          // Dead letters stay until someone has dealt with them.
          { topic: settings.dlqTopic, configEntries: [{ name: 'retention.ms', value: '-1' }] },
        ],
        kafkaSettings.partitions,
      );
      this.producer ??= await this.connectedProducer(kafka);
      consumer = kafka.consumer({
        groupId: settings.group,
        sessionTimeout: kafkaSettings.sessionTimeoutMs,
        heartbeatInterval: kafkaSettings.heartbeatIntervalMs,
        rebalanceTimeout: kafkaSettings.sessionTimeoutMs,
        maxWaitTimeInMs: kafkaSettings.maxWaitTimeMs,
        retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5000 },
      });
      this.consumer = consumer;
      const self = consumer;
      // kafkajs restarts a consumer only after a retriable crash; after any other it
      // would stay stopped while the api lives on: start a fresh one instead.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart || this.stopped) return;
        this.logger.warn(`society-register consumer stopped (${payload.error.name}); restarting`);
        void self.disconnect().catch(() => undefined);
        this.restartLater(settings, kafkaSettings);
      });
      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
        const partitions = [...(payload.memberAssignment[settings.topic] ?? [])].sort(
          (a, b) => a - b,
        );
        this.logger.log(`${settings.group} holds partitions [${partitions.join(',')}]`);
      });
      await consumer.connect();
      await consumer.subscribe({ topics: [settings.topic], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: 4,
        eachBatch: (payload) => this.handleBatch(self, settings, payload),
      });
      this.logger.log(`society-register consumer reading ${settings.topic} as ${settings.group}`);
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(
        `society-register consumer cannot start yet: ${(error as Error).message}; trying again`,
      );
      await consumer?.disconnect().catch(() => undefined);
      this.restartLater(settings, kafkaSettings);
    }
  }

  private restartLater(settings: InboundTopicSettings, kafkaSettings: KafkaSettings): void {
    if (this.stopped) return;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => void this.start(settings, kafkaSettings), 2000);
  }

  private async connectedProducer(kafka: Kafka): Promise<Producer> {
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: Number.MAX_SAFE_INTEGER },
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    return producer;
  }

  /** Messages one by one, in order; each offset is committed once its message is settled. */
  private async handleBatch(
    consumer: Consumer,
    settings: InboundTopicSettings,
    { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload,
  ): Promise<void> {
    const live = () => isRunning() && !isStale() && !this.stopped;
    for (const message of batch.messages) {
      if (!live()) return;
      const record: OriginalRecord = {
        topic: batch.topic,
        partition: batch.partition,
        offset: message.offset,
        key: message.key,
        value: message.value,
      };
      if (!(await this.settle(record, message, settings, heartbeat, live))) return;
      resolveOffset(message.offset);
      await consumer.commitOffsets([
        {
          topic: batch.topic,
          partition: batch.partition,
          offset: (BigInt(message.offset) + 1n).toString(),
        },
      ]);
      await heartbeat();
    }
  }

  /** Applies or dead-letters one message, trying again while the failure is passing; false when stopped first. */
  private async settle(
    record: OriginalRecord,
    message: KafkaMessage,
    settings: InboundTopicSettings,
    heartbeat: () => Promise<void>,
    live: () => boolean,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.handle(record, settings, attempt);
        return true;
      } catch (error) {
        if (!live()) return false;
        const wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(attempt - 1, 10));
        const code = error instanceof DomainError ? error.code : (error as Error).name;
        this.logger.warn(
          `society-register ${where(record)} (${messageIdOf(message)}) failed with ${code}; attempt ${attempt}, trying again in ${wait} ms`,
        );
        if (!(await this.pause(wait, heartbeat, live))) return false;
      }
    }
  }

  private async handle(
    record: OriginalRecord,
    settings: InboundTopicSettings,
    attempt: number,
  ): Promise<void> {
    const parsed = parseSocietyRegisterMessage(record.value);
    if (!parsed.ok) return this.deadLetter(record, settings, parsed.reason, null);
    const { message } = parsed;
    try {
      const outcome = await this.applier.apply(message);
      const result = outcome.replayed
        ? 'already applied'
        : outcome.events.length === 0
          ? 'unchanged'
          : `applied (${outcome.events.join(', ')})`;
      this.logger.log(`society-register ${message.messageId} ${message.type}: ${result}`);
    } catch (error) {
      const verdict = verdictOf(error, attempt);
      if (verdict.retry) throw error;
      await this.deadLetter(record, settings, verdict.reason, message);
    }
  }

  private async deadLetter(
    record: OriginalRecord,
    settings: InboundTopicSettings,
    reason: DeadLetterReason,
    message: { messageId: string; type: string } | null,
  ): Promise<void> {
    const letter = deadLetterRecord(record, reason, new Date());
    if (!this.producer) throw new Error('the dead-letter producer is not connected');
    await this.producer.send({ topic: settings.dlqTopic, acks: -1, messages: [letter] });
    this.metrics.deadLettered(settings.topic, reason.code);
    const what = message ? `${message.messageId} ${message.type}` : where(record);
    this.logger.warn(`society-register ${what}: dead-lettered with ${reason.code}`);
  }

  /** Waits, heartbeating, unless the consumer stops or loses the partition first. */
  private async pause(
    ms: number,
    heartbeat: () => Promise<void>,
    live: () => boolean,
  ): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(HEARTBEAT_EVERY_MS, until - Date.now())),
      );
      if (!live()) return false;
      await heartbeat();
    }
    return true;
  }
}

const where = (record: OriginalRecord) => `partition ${record.partition} offset ${record.offset}`;

/** The messageId for the log, when the value is readable JSON that has one. */
function messageIdOf(message: KafkaMessage): string {
  try {
    const id = (JSON.parse(message.value?.toString('utf8') ?? '') as { messageId?: unknown })
      .messageId;
    return typeof id === 'string' ? id.slice(0, 64) : 'no messageId';
  } catch {
    return 'no messageId';
  }
}
