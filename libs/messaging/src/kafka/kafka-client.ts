import { Kafka, logLevel } from 'kafkajs';
import { IdempotentProducer } from './idempotent-producer';
import { kafkaLogCreator } from './kafka-log';
import type { KafkaSettings } from './kafka-settings';
import { ensureTopics, type TopicSpec } from './kafka-topics';
import { RetryingKafkaConsumer, type RetryingConsumerOptions } from './retrying-consumer';

/**
 * A process's connection settings for Kafka, and the producers, consumers and topics made
 * through them: the only way code outside this library reaches Kafka.
 */
export class KafkaClient {
  private readonly kafka: Kafka;

  /** `role` names the client apart from the process's others (`<clientId>.<role>`). */
  constructor(
    private readonly settings: KafkaSettings,
    role?: string,
  ) {
    this.kafka = new Kafka({
      clientId: role ? `${settings.clientId}.${role}` : settings.clientId,
      brokers: [...settings.brokers],
      logLevel: logLevel.ERROR,
      logCreator: kafkaLogCreator,
      connectionTimeout: 3000,
      // Rides out a broker restart of half a minute without failing a send.
      retry: { initialRetryTime: 100, maxRetryTime: 2000, retries: 30 },
    });
  }

  /** Creates the topics that are missing, with the configured partitions and replication. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    return ensureTopics(this.kafka, topics, this.settings);
  }

  /** How many partitions `topic` has, as the brokers say. */
  async partitionCount(topic: string): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      return topics[0]!.partitions.length;
    } finally {
      await admin.disconnect();
    }
  }

  producer(): IdempotentProducer {
    return new IdempotentProducer((config) => this.kafka.producer(config));
  }

  /** A consumer in a group of its own choosing; it does nothing until started. */
  consumer(options: RetryingConsumerOptions): RetryingKafkaConsumer {
    return new RetryingKafkaConsumer(
      this.kafka,
      this.settings,
      options,
      options.deadLetterTopic === undefined ? null : this.producer(),
    );
  }
}
