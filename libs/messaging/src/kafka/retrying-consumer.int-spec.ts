import { kafkaBrokers, uniqueName } from '../../../../test/support/servers';
import { FailFastKafkaAdmin } from './kafka-admin';
import { KafkaClient } from './kafka-client';
import type { KafkaSettings } from './kafka-settings';
import type { ConsumedRecord, RetryingKafkaConsumer } from './retrying-consumer';

jest.setTimeout(60000);

async function eventually(check: () => boolean, what: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('RetryingKafkaConsumer (Kafka broker)', () => {
  let settings: KafkaSettings;
  let client: KafkaClient;
  const consumers: RetryingKafkaConsumer[] = [];

  beforeEach(async () => {
    settings = {
      brokers: kafkaBrokers(),
      clientId: 'retrying-consumer-test',
      topic: uniqueName('pb.test.inbound'),
      partitions: 1,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      maxWaitTimeMs: 50,
    };
    client = new KafkaClient(settings);
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.close()));
  });

  const produce = async (topic: string, ...values: string[]) => {
    const producer = client.producer();
    await producer.send(
      topic,
      values.map((value) => ({ key: 'k', value })),
    );
    await producer.disconnect();
  };

  it('tries a failing record again after a growing pause, then commits past it', async () => {
    const seen: { value: string; attempt: number; at: number }[] = [];
    let failures = 2;
    const group = uniqueName('pb.test.group');
    const consumer = client.consumer({
      group,
      topic: settings.topic,
      chunkSize: 1,
      createTopics: [{ topic: settings.topic }],
      retry: { firstMs: 100, maxMs: 1000 },
      restartAfterMs: 500,
      handle: async ([record], { attempt }) => {
        seen.push({ value: record!.value!.toString(), attempt, at: Date.now() });
        if (record!.value!.toString() === 'second' && failures-- > 0)
          throw new Error('the store is away');
      },
    });
    consumers.push(consumer);
    await consumer.start();
    await produce(settings.topic, 'first', 'second', 'third');
    await eventually(() => seen.some((s) => s.value === 'third'), 'the third record');

    expect(seen.map((s) => `${s.value}#${s.attempt}`)).toEqual([
      'first#1',
      'second#1',
      'second#2',
      'second#3',
      'third#1',
    ]);
    const [, failed, retried, retriedAgain] = seen;
    expect(retried!.at - failed!.at).toBeGreaterThanOrEqual(100);
    expect(retriedAgain!.at - retried!.at).toBeGreaterThanOrEqual(200);
    const admin = await FailFastKafkaAdmin.connect(settings);
    try {
      let lag: unknown = null;
      const deadline = Date.now() + 10000;
      while (Date.now() < deadline) {
        lag = await admin.consumerLag(group);
        if (JSON.stringify(lag) === JSON.stringify([{ partition: 0, lag: 0 }])) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(lag).toEqual([{ partition: 0, lag: 0 }]);
    } finally {
      await admin.disconnect();
    }
  });

  it('sends what can never be handled to the dead-letter topic and goes on', async () => {
    const deadLetterTopic = uniqueName('pb.test.dlq');
    const handled: string[] = [];
    const consumer = client.consumer({
      group: uniqueName('pb.test.group'),
      topic: settings.topic,
      chunkSize: 1,
      createTopics: [{ topic: settings.topic }, { topic: deadLetterTopic }],
      deadLetterTopic,
      retry: { firstMs: 100, maxMs: 1000 },
      restartAfterMs: 500,
      handle: async ([record], { deadLetter }) => {
        const value = record!.value!.toString();
        if (value === 'broken') await deadLetter({ key: record!.key, value: `dead: ${value}` });
        else handled.push(value);
      },
    });
    consumers.push(consumer);
    await consumer.start();
    const letters: ConsumedRecord[] = [];
    const reader = client.consumer({
      group: uniqueName('pb.test.group'),
      topic: deadLetterTopic,
      chunkSize: 10,
      restartAfterMs: 500,
      handle: async (records) => void letters.push(...records),
    });
    consumers.push(reader);
    await reader.start();
    await produce(settings.topic, 'broken', 'fine');

    await eventually(() => handled.length === 1 && letters.length === 1, 'the dead letter');
    expect(handled).toEqual(['fine']);
    expect(letters[0]!.value!.toString()).toBe('dead: broken');
    expect(letters[0]!.key!.toString()).toBe('k');
  });
});
