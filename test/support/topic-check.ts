import type { EventEnvelope } from '@pb/contracts';
import type { EventStore, StoredCommit } from '@pb/event-store';
import { Kafka, logLevel } from 'kafkajs';
import { until } from './http';
import { uniqueName } from './servers';

/** Every commit of the store, in store order. */
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
export async function readTopic(topic: string, brokers: string[]): Promise<EventEnvelope[]> {
  const kafka = new Kafka({ clientId: 'topic-check', brokers, logLevel: logLevel.NOTHING });
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

/** The whole topic against the store: the events it lacks, and those out of their stream's order. */
export async function topicAgainstStore(store: EventStore, topic: string, brokers: string[]) {
  const commits = await allCommits(store);
  const onTopic = await readTopic(topic, brokers);
  const order = firstOccurrences(onTopic);
  const events = commits.flatMap((commit) => commit.events);
  return {
    commits,
    events,
    messages: onTopic.length,
    missing: events.filter((event) => !order.seen.has(event.eventId)).map((e) => e.eventId),
    outOfOrder: order.outOfOrder,
  };
}
