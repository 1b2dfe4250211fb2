import { ConfigResourceTypes, Kafka, logLevel, Partitioners, type Admin } from 'kafkajs';
import type { EventEnvelope } from '@pb/contracts';
import { GENESIS_HASH, MongoEventStore, type EventStore } from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import { until } from '../../../../test/support/http';
import { kafkaBrokers, mongoUri, uniqueName } from '../../../../test/support/servers';
import { commitOf } from '../../../event-store/src/event-store.contract';
import { OutboxRelay } from '../outbox-relay';
import { KafkaTransport } from './kafka-transport';
import { ProducerReplaced } from './producer-errors';

jest.setTimeout(60000);

const PARTITIONS = 2;
/** Small enough that one large event is refused, large enough for the others. */
const SMALL_LIMIT = 4000;

/** The partition the transport's partitioner (the Java client's murmur2) gives a key. */
function partitionOf(key: string): number {
  return Partitioners.DefaultPartitioner()({
    topic: 'any',
    partitionMetadata: Array.from({ length: PARTITIONS }, (_, partitionId) => ({
      partitionId,
      leader: 0,
      partitionErrorCode: 0,
      replicas: [0],
      isr: [0],
    })),
    message: { key, value: null },
  });
}

async function setMaxMessageBytes(admin: Admin, topic: string, bytes: number): Promise<void> {
  await admin.alterConfigs({
    validateOnly: false,
    resources: [
      {
        type: ConfigResourceTypes.TOPIC,
        name: topic,
        configEntries: [{ name: 'max.message.bytes', value: String(bytes) }],
      },
    ],
  });
}

/** The seqs a consumer keeps of a stream when it skips what it has by position. */
function applied(seqs: readonly number[]): number[] {
  return seqs.filter((seq, i) => seqs.slice(0, i).every((earlier) => seq > earlier));
}

describe('the relay on Kafka after the broker refuses part of a batch', () => {
  let admin: Admin;
  let store: EventStore;
  let transport: KafkaTransport;
  let topic: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    topic = uniqueName('pb.test.recovery');
    admin = new Kafka({ brokers: kafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: PARTITIONS,
          configEntries: [{ name: 'max.message.bytes', value: String(SMALL_LIMIT) }],
        },
      ],
    });
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_rr') });
    store = await new MongoEventStore(db).init();
    transport = new KafkaTransport({
      brokers: kafkaBrokers(),
      clientId: 'relay-recovery-test',
      topic,
      partitions: PARTITIONS,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      maxWaitTimeMs: 50,
    });
    close = async () => {
      await transport.close();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
      await db.dropDatabase();
      await client.close();
    };
  });
  afterEach(() => close());

  it('publishes every pending commit, in order per stream, without a restart and without its producer falling out of step', async () => {
    // Two streams on two partitions, so that one request carries both.
    const small = 'society-small';
    let large = 'society-large-0';
    for (let i = 1; partitionOf(large) === partitionOf(small); i++) large = `society-large-${i}`;
    const first = await store.append(commitOf(small, 1, GENESIS_HASH));
    const big = commitOf(large, 1, GENESIS_HASH);
    const event = big.events[0]!;
    await store.append({ ...big, events: [{ ...event, data: { name: 'x'.repeat(8000) } }] });

    const errors: unknown[] = [];
    const relay = new OutboxRelay(store, transport, {
      batchSize: 50,
      idleMs: 20,
      retryMs: 100,
      onError: (error) => errors.push(error),
    });
    // The broker refuses the large stream's commit. Sent in one request with the small
    // stream's, kafkajs would rewind the sequence of both partitions and every later send to
    // the small stream's partition would fail OUT_OF_ORDER_SEQUENCE_NUMBER; each partition
    // is sent alone, so the small stream's keeps its sequence.
    await expect(relay.drainOnce()).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
    expect(await store.countUndispatched()).toBe(2);

    let prev = first.hash;
    for (const seq of [2, 3]) prev = (await store.append(commitOf(small, seq, prev))).hash;
    await setMaxMessageBytes(admin, topic, 1024 * 1024);

    relay.start();
    await until(
      () => store.countUndispatched(),
      (count) => count === 0,
      30000,
      'an empty outbox',
    );
    await relay.stop();

    // The producer never fell out of step, so it never had to be replaced (that path, for
    // a broker that refuses the producer's id or epoch, is in idempotent-producer.spec.ts).
    expect(errors.filter((error) => error instanceof ProducerReplaced)).toEqual([]);

    const received: EventEnvelope[] = [];
    const seqsOf = (stream: string) =>
      received.filter((e) => e.streamId === stream).map((e) => e.seq);
    const subscription = await transport.subscribe(uniqueName('pb.test.group'), async (events) => {
      received.push(...events);
    });
    try {
      await until(
        async () => [seqsOf(small).length, seqsOf(large).length],
        ([smalls, larges]) => smalls! >= 3 && larges! >= 1,
        30000,
        'the published events',
      );
    } finally {
      await subscription.close();
    }
    // The first may have been written before the refusal, then again with the rest: at
    // least once, in order.
    expect(seqsOf(small).slice(-3)).toEqual([1, 2, 3]);
    expect(applied(seqsOf(small))).toEqual([1, 2, 3]);
    // Its partition may have taken it in the request the small stream's partition refused.
    expect(applied(seqsOf(large))).toEqual([1]);
  });
});
