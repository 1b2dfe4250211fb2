import { Kafka, logLevel, CompressionTypes } from 'kafkajs';
import Database from 'better-sqlite3';
import type { EventEnvelope } from '@pb/contracts';
import type { StoredCommit } from '@pb/event-store';
import { EventGenerator, type LoadPlan } from './load-events';
import { uniqueName } from './deployment';

const PARTITIONS = 12;

/**
 * The loaded events on a Kafka topic of their own, as the relay publishes them (key =
 * stream id, the envelope as JSON, acks from all replicas), produced once in batches of
 * 1,000; kept for the next run when it already holds them all.
 */
export async function ensureEventTopic(
  brokers: string[],
  topic: string,
  plan: LoadPlan,
  log: (message: string) => void,
): Promise<{ messages: number; producedSeconds: number }> {
  const kafka = new Kafka({ clientId: 'bench-rebuild', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = (await admin.listTopics()).includes(topic);
    if (existing) {
      const offsets = await admin.fetchTopicOffsets(topic);
      const messages = offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      if (messages >= plan.targetEvents) return { messages, producedSeconds: 0 };
      await admin.deleteTopics({ topics: [topic], timeout: 30_000 });
    }
    await admin.createTopics({
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = Date.now();
  let messages = 0;
  try {
    for (const batch of new EventGenerator(plan).batches(1000)) {
      await producer.send({
        topic,
        acks: -1,
        compression: CompressionTypes.None,
        messages: batch.flatMap((commit) =>
          commit.events.map((event) => ({
            key: commit.streamId,
            value: JSON.stringify(event),
            headers: { type: event.type, schemaVersion: String(event.schemaVersion) },
          })),
        ),
      });
      messages += batch.reduce((sum, commit) => sum + commit.events.length, 0);
      if (messages % 100_000 < 1000) log(`  kafka: ${messages} events produced`);
    }
  } finally {
    await producer.disconnect();
  }
  return { messages, producedSeconds: (Date.now() - started) / 1000 };
}

/**
 * The plainest read of the topic: a fresh consumer group from the beginning, each
 * message's value parsed, until `expected` messages came. Returns the seconds it took.
 */
export async function rawKafkaRead(
  brokers: string[],
  topic: string,
  expected: number,
): Promise<number> {
  const kafka = new Kafka({ clientId: 'bench-raw-read', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: uniqueName('bench.raw-read'),
    maxBytes: 50 * 1024 * 1024,
    maxBytesPerPartition: 10 * 1024 * 1024,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let started = 0n;
  const finished = new Promise<bigint>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        if (started === 0n) started = process.hrtime.bigint();
        for (const message of batch.messages)
          if ((JSON.parse(message.value!.toString('utf8')) as EventEnvelope).eventId) seen++;
        if (seen >= expected) resolve(process.hrtime.bigint());
      },
    });
  });
  const joined = process.hrtime.bigint();
  const ended = await finished;
  await consumer.disconnect();
  // From joining the group: the rebuild too pays for its start.
  return Number(ended - (joined < started ? joined : started)) / 1e9;
}

/** The plainest full read of the SQLite store: every row in order, each body parsed. */
export function rawSqliteRead(file: string): { seconds: number; events: number } {
  const db = new Database(file, { readonly: true });
  const started = process.hrtime.bigint();
  let events = 0;
  for (const row of db.prepare('SELECT body FROM commits ORDER BY rowid').iterate() as Iterable<{
    body: string;
  }>)
    events += (JSON.parse(row.body) as StoredCommit).events.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return { seconds, events };
}
