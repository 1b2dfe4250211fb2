import type { Kafka } from 'kafkajs';
import type { KafkaSettings } from './kafka-settings';
import { RetryingKafkaConsumer } from './retrying-consumer';

const settings: KafkaSettings = {
  brokers: ['127.0.0.1:1'],
  clientId: 'test',
  topic: 'events',
  partitions: 1,
  sessionTimeoutMs: 6000,
  heartbeatIntervalMs: 500,
  maxWaitTimeMs: 50,
};

/** A Kafka whose consumers' subscribe answers with each of `answers` in turn, then succeeds. */
function kafkaAnswering(answers: Error[]) {
  const calls = { subscribe: 0, run: 0 };
  const consumer = {
    events: { CRASH: 'crash', GROUP_JOIN: 'join' },
    on: () => undefined,
    connect: async () => undefined,
    disconnect: async () => undefined,
    subscribe: async () => {
      calls.subscribe++;
      const answer = answers.shift();
      if (answer) throw answer;
    },
    run: async () => {
      calls.run++;
    },
  };
  return { kafka: { consumer: () => consumer } as unknown as Kafka, calls };
}

const unknownTopic = () =>
  Object.assign(new Error('This server does not host this topic-partition'), { retriable: true });

function consumerOf(kafka: Kafka) {
  return new RetryingKafkaConsumer(
    kafka,
    settings,
    {
      group: 'g',
      topic: 'events',
      chunkSize: 10,
      handle: async () => undefined,
      restartAfterMs: 1,
    },
    null,
  );
}

describe('RetryingKafkaConsumer start', () => {
  it('tries a retriable answer again, such as a topic not yet known to every broker', async () => {
    const { kafka, calls } = kafkaAnswering([unknownTopic(), unknownTopic()]);
    await consumerOf(kafka).start();
    expect(calls).toEqual({ subscribe: 3, run: 1 });
  });

  it('rejects at once on an answer that is not retriable', async () => {
    const { kafka, calls } = kafkaAnswering([new Error('Not authorized to access group')]);
    await expect(consumerOf(kafka).start()).rejects.toThrow(/Not authorized/);
    expect(calls).toEqual({ subscribe: 1, run: 0 });
  });

  it('rejects once a retriable answer keeps coming', async () => {
    const { kafka, calls } = kafkaAnswering(Array.from({ length: 50 }, unknownTopic));
    await expect(consumerOf(kafka).start()).rejects.toThrow(/does not host/);
    expect(calls.subscribe).toBe(10);
  });
});
