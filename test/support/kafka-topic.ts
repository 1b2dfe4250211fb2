import type { EventEnvelope } from '@pb/contracts';
import type { EventStore, StoredCommit } from '@pb/event-store';
import { Kafka, logLevel } from 'kafkajs';
import { until } from './http';
import { uniqueName } from './servers';

/** Every commit of the event store, in the store's order. */
export async function allCommits(store: EventStore): Promise<StoredCommit[]> {
  const commits: StoredCommit[] = [];
  for (let after: string | null = null; ;) {
    const page = await store.readAll(after, 1000);
    if (page.commits.length === 0) return commits;
    commits.push(...page.commits);
    after = page.next;
  }
}

/** Every message of the topic from the beginning, each partition in offset order. */
export async function readTopic(
  topic: string,
  brokers: readonly string[],
): Promise<EventEnvelope[]> {
  const kafka = new Kafka({
    clientId: 'topic-check',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const byPartition = new Map<number, EventEnvelope[]>(ends.map((end) => [end.partition, []]));
  const remaining = new Set(
    ends.filter((end) => BigInt(end.high) > BigInt(end.low)).map((end) => end.partition),
  );
  const consumer = kafka.consumer({ groupId: uniqueName('topic-check'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      byPartition.get(partition)!.push(JSON.parse(message.value!.toString('utf8')));
      const high = BigInt(ends.find((end) => end.partition === partition)!.high);
      if (BigInt(message.offset) + 1n >= high) remaining.delete(partition);
    },
  });
  await until(
    async () => remaining.size,
    (n) => n === 0,
    60_000,
    'the whole topic to be read',
  ).finally(() => consumer.disconnect());
  return [...byPartition.values()].flat();
}

/**
 * The first occurrence of each event per stream, in the order Kafka holds them (a stream
 * lives on one partition). Later copies are the at-least-once duplicates and are allowed;
 * a first occurrence behind an earlier one of its stream is not.
 */
export function firstOccurrences(messages: readonly EventEnvelope[]) {
  const seen = new Set<string>();
  const last = new Map<string, { seq: number; index: number }>();
  const outOfOrder: string[] = [];
  for (const event of messages) {
    if (seen.has(event.eventId)) continue;
    seen.add(event.eventId);
    const before = last.get(event.streamId);
    if (
      before &&
      (event.seq < before.seq || (event.seq === before.seq && event.index <= before.index))
    )
      outOfOrder.push(
        `${event.streamId} ${event.seq}.${event.index} after ${before.seq}.${before.index}`,
      );
    last.set(event.streamId, { seq: event.seq, index: event.index });
  }
  return { seen, outOfOrder };
}

/**
 * Every event of the store is on the topic, each stream's first copies in seq order:
 * what the topic lacks and what it holds out of order, both to be empty.
 */
export async function topicAgainstStore(
  commits: readonly StoredCommit[],
  topic: string,
  brokers: readonly string[],
): Promise<{ messages: number; missing: string[]; outOfOrder: string[] }> {
  const onTopic = await readTopic(topic, brokers);
  const order = firstOccurrences(onTopic);
  const missing = commits
    .flatMap((commit) => commit.events)
    .filter((event) => !order.seen.has(event.eventId))
    .map((event) => `${event.streamId} ${event.seq}.${event.index}`);
  return { messages: onTopic.length, missing, outOfOrder: order.outOfOrder };
}

/**
 * Every commit of the store is on the topic, each stream in seq order, and the
 * consistency check counted every event of the store; returns the commits and how many
 * messages the topic held.
 */
export async function expectTheTopicToHoldEveryCommit(
  store: EventStore,
  checkedEvents: number,
  topic: string,
  brokers: readonly string[],
): Promise<{ commits: StoredCommit[]; events: number; messages: number }> {
  const commits = await allCommits(store);
  const onTopic = await topicAgainstStore(commits, topic, brokers);
  expect(onTopic.missing).toEqual([]);
  expect(onTopic.outOfOrder).toEqual([]);
  const events = commits.reduce((n, commit) => n + commit.events.length, 0);
  expect(checkedEvents).toBe(events);
  return { commits, events, messages: onTopic.messages };
}
