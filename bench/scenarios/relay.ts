import { MongoEventStore, type StoredCommit } from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import { Kafka, logLevel, Partitioners, type Admin } from 'kafkajs';
import { deleteTopic, uniqueName } from '../lib/deployment';
import { EventGenerator } from '../lib/load-events';
import { MemoryLog } from '../lib/memory';
import { NodeProcess } from '../lib/processes';
import type { BenchContext, Scenario, ScenarioResult } from '../lib/scenario';
import { inParallel, milliseconds, percentile, percentOf, round, sleep } from '../lib/stats';

/** The relay's own default batch (RELAY_BATCH_SIZE) and the topic's partitions (KAFKA_PARTITIONS). */
const BATCH = 200;
/** Issue 19's target: the relay at this share of the raw producer, or more. */
const TARGET_PERCENT = 30;
const PARTITIONS = 12;

/** Scenario 2: commits per second the outbox relay publishes, beside a raw kafkajs producer. */
export const relayScenario: Scenario = {
  name: 'relay',
  title: 'Outbox relay to Kafka',
  async run(context: BenchContext): Promise<ScenarioResult> {
    const memory = new MemoryLog();
    const count = Math.max(2000, Math.round(20_000 * context.scale));
    const commits = realisticCommits(count);
    const events = commits.reduce((sum, commit) => sum + commit.events.length, 0);
    const bytes = commits.reduce(
      (sum, commit) => sum + commit.events.reduce((s, e) => s + JSON.stringify(e).length, 0),
      0,
    );
    const database = uniqueName('bench_relay');
    const relayTopic = uniqueName('bench.relay.events');
    const rawTopic = uniqueName('bench.relay.raw');
    const kafka = new Kafka({
      clientId: 'bench',
      brokers: context.kafkaBrokers,
      logLevel: logLevel.ERROR,
      connectionTimeout: 3000,
      retry: { initialRetryTime: 100, maxRetryTime: 2000, retries: 30 },
    });
    const admin = kafka.admin();
    await admin.connect();
    const { client, db } = await connectMongo({ uri: context.mongoUri, database });
    try {
      context.log(`relay: appending ${count} commits to the outbox`);
      const store = await new MongoEventStore(db).init();
      const preloadStarted = process.hrtime.bigint();
      await inParallel(commits, 16, (commit) => store.append(commit));
      const preloadSeconds = milliseconds(preloadStarted) / 1000;

      context.log('relay: publishing with the relay');
      const relay = NodeProcess.app(
        'relay',
        'relay',
        {
          MODE: 'distributed',
          MONGODB_URI: context.mongoUri,
          MONGODB_DB: database,
          KAFKA_BROKERS: context.kafkaBrokers.join(','),
          KAFKA_TOPIC: relayTopic,
          KAFKA_PARTITIONS: String(PARTITIONS),
          RELAY_BATCH_SIZE: String(BATCH),
          SEAL_INTERVAL_MINUTES: '0',
          METRICS_PORT: '0',
          AUTH_JWT_SECRET: 'bench-relay-needs-no-token-but-the-config-wants-one',
        },
        memory,
      ).start();
      let relaySeconds: number;
      try {
        const active = await relay.waitFor(/relay is active/);
        await waitForMessages(admin, relayTopic, events);
        relaySeconds = milliseconds(active) / 1000;
      } finally {
        await relay.stop();
      }

      context.log('relay: publishing with a raw producer');
      await admin.createTopics({
        waitForLeaders: true,
        topics: [{ topic: rawTopic, numPartitions: PARTITIONS }],
      });
      // The relay's producer settings: idempotent, one request in flight, acks=all, murmur2.
      const producer = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        retry: { retries: Number.MAX_SAFE_INTEGER },
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      const rawStarted = process.hrtime.bigint();
      for (let from = 0; from < commits.length; from += BATCH) {
        const batch = commits.slice(from, from + BATCH).flatMap((commit) => commit.events);
        await producer.send({
          topic: rawTopic,
          acks: -1,
          messages: batch.map((event) => ({
            key: event.streamId,
            value: JSON.stringify(event),
            headers: { type: event.type, schemaVersion: String(event.schemaVersion) },
          })),
        });
      }
      const rawSeconds = milliseconds(rawStarted) / 1000;
      await producer.disconnect();

      context.log('relay: timing the store operations of a batch');
      const operations = await storeOperations(context.mongoUri, commits.slice(0, 5 * BATCH));
      const batches = count / BATCH;
      const relayBatchMs = (1000 * relaySeconds) / batches;
      const rawBatchMs = (1000 * rawSeconds) / batches;

      const relayRate = round(count / relaySeconds, 0);
      const rawRate = round(count / rawSeconds, 0);
      const ratio = percentOf(relayRate, rawRate);
      return {
        tables: [
          {
            title: `${count} commits (${events} events, ${round(bytes / events, 0)} bytes of JSON each on average), batches of ${BATCH}, ${PARTITIONS} partitions`,
            columns: ['publisher', 'seconds', 'commits/s', 'events/s', 'relay ÷ raw'],
            rows: [
              [
                'outbox relay (MongoDB outbox → Kafka)',
                round(relaySeconds, 2),
                relayRate,
                round(events / relaySeconds, 0),
                `${ratio}%`,
              ],
              [
                'raw kafkajs producer',
                round(rawSeconds, 2),
                rawRate,
                round(events / rawSeconds, 0),
                '100%',
              ],
            ],
          },
          {
            title: `Where a relay batch goes: each store operation on ${BATCH} commits, timed alone (median of 5)`,
            columns: ['operation', 'ms per batch', 'share of a relay batch'],
            rows: [
              ...operations.map(([name, ms]) => [
                name,
                round(ms, 1),
                `${percentOf(ms, relayBatchMs)}%`,
              ]),
              [
                'raw producer send of the batch (from the run above)',
                round(rawBatchMs, 1),
                `${percentOf(rawBatchMs, relayBatchMs)}%`,
              ],
              ['one relay batch (from the run above)', round(relayBatchMs, 1), '100%'],
            ],
          },
        ],
        targets: [
          {
            what: 'relay commits/s',
            target: `≥ ${TARGET_PERCENT}% of the raw producer`,
            measured: `${relayRate}/s = ${ratio}% of ${rawRate}/s`,
            met: ratio >= TARGET_PERCENT,
          },
        ],
        memory: memory.entries(),
        notes: [
          `The outbox was filled through the MongoDB event store (${round(count / preloadSeconds, 0)} appends/s from the bench, not part of the figure) with the relay stopped; the relay's time runs from its lease being held to the last event being on the topic (sum of the partitions' end offsets).`,
          `Per batch the relay reads the oldest outbox entries and their commits, publishes, then deletes the batch's entries in one deleteMany, while it reads and publishes the next batch; the commits are never updated (each entry is written before its commit, so an entry's absence means published). The raw producer sends the same messages (key, value, headers) in the same batches with the same producer settings (idempotent, acks=all, one request in flight), one batch after the other as the relay does.`,
          `What limits the relay is the store, not Kafka: the second table times each of its operations on one batch alone. Reading the batch's ${BATCH} commits by \`_id\` costs the most: the MongoDB-wire server here turns each whole document from PostgreSQL's JSONB into BSON. Until 2026-12 the relay also flagged each published commit \`dispatched\` (an updateMany that rewrote each document, one statement per document: 53% of a batch then); the entry written before its commit made the flag unnecessary.`,
        ],
        data: {
          count,
          events,
          bytes,
          preloadSeconds,
          relaySeconds,
          rawSeconds,
          relayRate,
          rawRate,
          ratio,
          operations: Object.fromEntries(operations),
          relayBatchMs,
          rawBatchMs,
        },
      };
    } finally {
      await admin.disconnect();
      await db.dropDatabase().catch(() => undefined);
      await client.close();
      await deleteTopic(context.kafkaBrokers, relayTopic);
      await deleteTopic(context.kafkaBrokers, rawTopic);
    }
  },
};

/**
 * The relay's store operations on one batch, each timed alone against an outbox of
 * `commits`, a batch at a time: the queries MongoEventStore sends for readUndispatched
 * and markDispatched with no backlog behind the batch and no entry waiting for its commit.
 */
async function storeOperations(
  mongoUri: string,
  commits: readonly StoredCommit[],
): Promise<Array<[string, number]>> {
  const { client, db } = await connectMongo({
    uri: mongoUri,
    database: uniqueName('bench_relay_ops'),
  });
  try {
    const store = await new MongoEventStore(db).init();
    await inParallel(commits, 16, (commit) => store.append(commit));
    const outbox = db.collection<{ _id: string; commitId: string }>('outbox');
    const stored = db.collection<{ _id: string }>('commits');
    const times = new Map<string, number[]>();
    const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const started = process.hrtime.bigint();
      const result = await work();
      times.set(name, [...(times.get(name) ?? []), milliseconds(started)]);
      return result;
    };
    for (let from = 0; from < commits.length; from += BATCH) {
      const entries = await time('read the oldest outbox entries', () =>
        outbox
          .find({ _id: { $gte: '' } })
          .sort({ _id: 1 })
          .limit(BATCH)
          .toArray(),
      );
      const ids = entries.map((entry) => entry.commitId);
      await time('read their commits (_id $in)', () =>
        stored.find({ _id: { $in: ids } }).toArray(),
      );
      await time('delete the entries (deleteMany)', () =>
        outbox.deleteMany({ _id: { $in: entries.map((entry) => entry._id) } }),
      );
    }
    return [...times].map(([name, values]) => [name, percentile(values, 50)]);
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

/** The first `count` commits of a committee's history, as the product's deciders make them. */
function realisticCommits(count: number): StoredCommit[] {
  const generator = new EventGenerator({ targetEvents: count * 2, campaigns: 1 });
  const commits: StoredCommit[] = [];
  for (const batch of generator.batches(1000)) {
    commits.push(...batch);
    if (commits.length >= count) break;
  }
  return commits.slice(0, count);
}

async function waitForMessages(admin: Admin, topic: string, expected: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
    const total = offsets.reduce((sum, p) => sum + Number(p.high), 0);
    if (total >= expected) return;
    if (Date.now() > deadline)
      throw new Error(`only ${total} of ${expected} events reached ${topic}`);
    await sleep(20);
  }
}
