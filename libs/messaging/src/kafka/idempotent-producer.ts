import { Partitioners, type Producer, type ProducerConfig } from 'kafkajs';
import { isFatalToProducer, ProducerReplaced } from './producer-errors';

/** A message to produce: the key chooses the partition, headers travel beside the value. */
export interface ProducedMessage {
  readonly key: string | Buffer | null;
  readonly value: string;
  /** The partition, when the caller chose it; else the key's, by the partitioner. */
  readonly partition?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What this class needs of a kafkajs producer. */
export type KafkaProducer = Pick<Producer, 'connect' | 'send' | 'disconnect'>;

/** Makes a kafkajs producer (`kafka.producer`); tests hand in fakes or watch the real one. */
export type KafkaProducerFactory = (config: ProducerConfig) => KafkaProducer;

const PRODUCER_CONFIG: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  // kafkajs 2.2.4 does not give the idempotent producer its unlimited retries by itself.
  retry: { retries: Number.MAX_SAFE_INTEGER },
  // The Java client's murmur2 partitioner, so other systems agree on the partition of a key.
  createPartitioner: Partitioners.DefaultPartitioner,
};

/**
 * The one way this system writes to Kafka: an idempotent producer, one request in flight,
 * every send acknowledged by all in-sync replicas (acks=all), so a retried send neither
 * duplicates nor reorders. It connects on first use; a failed connect is tried afresh.
 *
 * A send the broker refuses because the producer's id, epoch or sequences are out of step
 * (`isFatalToProducer`) would fail the same way for ever: the producer is then dropped and
 * the send fails with `ProducerReplaced`; the next send connects a new producer, with a
 * new id, which the broker accepts. Messages of the failed send may have been written:
 * sent again they are written twice, in order, which consumers skip by position.
 */
export class IdempotentProducer {
  private producer: Promise<KafkaProducer> | null = null;

  constructor(private readonly create: KafkaProducerFactory) {}

  /** Connects unless connected already. */
  async connect(): Promise<void> {
    await this.connected();
  }

  async send(topic: string, messages: readonly ProducedMessage[]): Promise<void> {
    const connecting = this.connected();
    const producer = await connecting;
    try {
      await producer.send({ topic, acks: -1, messages: [...messages] });
    } catch (error) {
      if (!isFatalToProducer(error)) throw error;
      // A send beside this one may have replaced it already.
      if (this.producer === connecting) this.producer = null;
      await producer.disconnect().catch(() => undefined);
      throw new ProducerReplaced(error as Error);
    }
  }

  async disconnect(): Promise<void> {
    const connecting = this.producer;
    this.producer = null;
    const producer = await connecting?.catch(() => null);
    await producer?.disconnect();
  }

  private connected(): Promise<KafkaProducer> {
    if (!this.producer) {
      const connecting = this.connectNew();
      this.producer = connecting;
      // A failed connect is tried afresh by the next send.
      connecting.catch(() => {
        if (this.producer === connecting) this.producer = null;
      });
    }
    return this.producer;
  }

  private async connectNew(): Promise<KafkaProducer> {
    const producer = this.create(PRODUCER_CONFIG);
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
  }
}
