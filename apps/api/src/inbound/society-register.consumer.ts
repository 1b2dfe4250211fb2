import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DomainError } from '@pb/domain';
import {
  KafkaClient,
  type ConsumedRecord,
  type HandlingContext,
  type KafkaSettings,
  type RetryingKafkaConsumer,
} from '@pb/messaging';
import { Runtime, type InboundTopicSettings, type KafkaProbe, type Metrics } from '@pb/platform';
import { deadLetterRecord, type DeadLetterReason } from './dead-letter';
import { verdictOf } from './inbound-failure';
import { SocietyRegisterApplier } from './society-register.applier';
import { parseSocietyRegisterMessage } from './society-register.message';

/** The first wait before a message that failed for a passing reason is tried again; it doubles. */
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 10_000;
/** The wait before a consumer that crashed or could not start is started again. */
const RESTART_AFTER_MS = 2_000;

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
  private readonly probe: KafkaProbe | null;
  private consumer: RetryingKafkaConsumer | null = null;

  constructor(
    @Inject(Runtime) runtime: Runtime,
    private readonly applier: SocietyRegisterApplier,
  ) {
    this.settings = runtime.config.inboundSocietyRegister;
    this.kafkaSettings = runtime.config.kafka;
    this.metrics = runtime.metrics;
    this.probe = runtime.kafkaProbe;
  }

  onApplicationBootstrap(): void {
    if (!this.settings || !this.kafkaSettings) {
      if (this.kafkaSettings) this.logger.log('society-register consumer is off');
      return;
    }
    this.consumer = this.consumerOf(this.settings, this.kafkaSettings);
    const { group, topic } = this.settings;
    const probe = this.probe;
    if (probe) this.metrics.watchInboundLag(group, () => probe.consumerLag(group, topic));
    // Kafka may come up after the api: the HTTP side serves meanwhile, the consumer keeps trying.
    void this.consumer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.close().catch(() => undefined);
  }

  /** Messages one by one, in order; each offset is committed once its message is settled. */
  private consumerOf(
    settings: InboundTopicSettings,
    kafkaSettings: KafkaSettings,
  ): RetryingKafkaConsumer {
    return new KafkaClient(kafkaSettings, 'inbound').consumer({
      group: settings.group,
      topic: settings.topic,
      chunkSize: 1,
      partitionsConsumedConcurrently: 4,
      createTopics: [
        { topic: settings.topic },
        // Dead letters stay until someone has dealt with them.
        { topic: settings.dlqTopic, configEntries: [{ name: 'retention.ms', value: '-1' }] },
      ],
      deadLetterTopic: settings.dlqTopic,
      retry: { firstMs: FIRST_BACKOFF_MS, maxMs: MAX_BACKOFF_MS },
      restartAfterMs: RESTART_AFTER_MS,
      waitForKafka: true,
      handle: ([record], context) => this.handle(record!, settings, context),
      events: {
        started: () =>
          this.logger.log(
            `society-register consumer reading ${settings.topic} as ${settings.group}`,
          ),
        assigned: (partitions) =>
          this.logger.log(`${settings.group} holds partitions [${partitions.join(',')}]`),
        crashed: (error) =>
          this.logger.warn(`society-register consumer stopped (${error.name}); restarting`),
        startFailed: (error) =>
          this.logger.warn(
            `society-register consumer cannot start yet: ${error.message}; trying again`,
          ),
        retrying: ([record], error, attempt, wait) => {
          const code = error instanceof DomainError ? error.code : (error as Error).name;
          this.logger.warn(
            `society-register ${where(record!)} (${messageIdOf(record!)}) failed with ${code}; attempt ${attempt}, trying again in ${wait} ms`,
          );
        },
      },
    });
  }

  /** Applies or dead-letters one message; rejects when it should be tried again. */
  private async handle(
    record: ConsumedRecord,
    settings: InboundTopicSettings,
    { attempt, deadLetter }: HandlingContext,
  ): Promise<void> {
    const parsed = parseSocietyRegisterMessage(record.value);
    if (!parsed.ok) return this.deadLetter(record, settings, deadLetter, parsed.reason, null);
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
      await this.deadLetter(record, settings, deadLetter, verdict.reason, message);
    }
  }

  private async deadLetter(
    record: ConsumedRecord,
    settings: InboundTopicSettings,
    send: HandlingContext['deadLetter'],
    reason: DeadLetterReason,
    message: { messageId: string; type: string } | null,
  ): Promise<void> {
    await send(deadLetterRecord(record, reason, new Date()));
    this.metrics.deadLettered(settings.topic, reason.code);
    const what = message ? `${message.messageId} ${message.type}` : where(record);
    this.logger.warn(`society-register ${what}: dead-lettered with ${reason.code}`);
  }
}

const where = (record: ConsumedRecord) => `partition ${record.partition} offset ${record.offset}`;

/** The messageId for the log, when the value is readable JSON that has one. */
function messageIdOf(record: ConsumedRecord): string {
  try {
    const id = (JSON.parse(record.value?.toString('utf8') ?? '') as { messageId?: unknown })
      .messageId;
    return typeof id === 'string' ? id.slice(0, 64) : 'no messageId';
  } catch {
    return 'no messageId';
  }
}
