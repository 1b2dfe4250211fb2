import { Partitioners, type Kafka, type Producer } from 'kafkajs';

/** A message to produce: the key chooses the partition, headers travel beside the value. */
export interface ProducedMessage {
  readonly key: string | Buffer | null;
  readonly value: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The one way this system writes to Kafka: an idempotent producer, one request in flight,
 * every send acknowledged by all in-sync replicas (acks=all), so a retried send neither
 * duplicates nor reorders. It connects on first use; a failed connect is tried afresh.
 */
export class IdempotentProducer {
  private producer: Producer | null = null;

  constructor(private readonly kafka: Kafka) {}

  /** Connects unless connected already. */
  async connect(): Promise<void> {
    await this.connected();
  }

  async send(topic: string, messages: readonly ProducedMessage[]): Promise<void> {
    const producer = await this.connected();
    await producer.send({ topic, acks: -1, messages: [...messages] });
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = null;
    await producer?.disconnect();
  }

  private async connected(): Promise<Producer> {
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
}
