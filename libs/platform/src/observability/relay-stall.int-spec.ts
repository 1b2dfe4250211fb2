import { GENESIS_HASH, MongoEventStore } from '@pb/event-store';
import { KafkaClient, KafkaTransport, OutboxRelay, type KafkaSettings } from '@pb/messaging';
import { connectMongo } from '@pb/storage';
import { until } from '../../../../test/support/http';
import { kafkaBrokers, mongoUri, uniqueName } from '../../../../test/support/servers';
import { commitOf } from '../../../event-store/src/event-store.contract';
import { checkRelayStall } from './relay-stall';

jest.setTimeout(60000);

describe('the relay readiness against a broker that refuses every publish (Kafka, MongoDB wire server)', () => {
  it('fails once the window has passed, naming the backlog and the broker refusal', async () => {
    const settings: KafkaSettings = {
      brokers: kafkaBrokers(),
      clientId: 'relay-stall-test',
      topic: uniqueName('pb.test.stall'),
      partitions: 1,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      maxWaitTimeMs: 50,
    };
    // A topic that takes no event of ours: the relay can never publish its first commit.
    await new KafkaClient(settings).ensureTopics([
      { topic: settings.topic, configEntries: [{ name: 'max.message.bytes', value: '200' }] },
    ]);
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_st') });
    const store = await new MongoEventStore(db).init();
    const transport = new KafkaTransport(settings);
    const relay = new OutboxRelay(store, transport, { batchSize: 10, idleMs: 20, retryMs: 100 });
    const watch = {
      progress: () => relay.progress(),
      backlog: () => store.countUndispatched(),
      stallAfterMs: 1500,
    };
    try {
      relay.start();
      await store.append(commitOf('society-1', 1, GENESIS_HASH));
      await expect(checkRelayStall(watch)).resolves.toBe('publishing');
      const why = await until(
        () =>
          checkRelayStall(watch).then(
            () => null,
            (error: Error) => error.message,
          ),
        (message) => message !== null,
        10000,
        'the stall rule to fire',
      );
      expect(why).toMatch(
        /^stalled: nothing published for \d+ s while the outbox holds 1 \(RELAY_STALL_AFTER_MS=1500\); last error: .*larger than the max message size/,
      );
    } finally {
      await relay.stop();
      await transport.close();
      await db.dropDatabase();
      await client.close();
    }
  });
});
