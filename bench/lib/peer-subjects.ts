import { randomUUID } from 'node:crypto';
import { buildEnvelopes, type EventEnvelope } from '@pb/contracts';
import { GENESIS_HASH, type EventStore, type NewCommit } from '@pb/event-store';
import { SCHEDULE_BODY } from './campaign-setup';
import type { EmmettEvent, EmmettEventStore } from './peer-modules';

/**
 * One event store as the peer scenario drives it. A stream is named by a key (a UUID);
 * each store names its stream after its own convention.
 */
export interface PeerSubject {
  /** Appends one event to a stream that does not exist yet. */
  appendNew(key: string): Promise<void>;
  /** Reads the stream, folds it, and appends one event at the version it read. */
  readAndAppend(key: string): Promise<void>;
  /** Reads the whole stream; resolves with the number of events read. */
  read(key: string): Promise<number>;
}

const ACTOR = 'bench-peer';
const FEDERATION = 'bench-federation';

/** The event both stores append: a lecture scheduled, as the commands scenario sends it. */
const EVENT_DATA = { lectureId: '3f0c9d7e-1b2a-4c5d-8e9f-0a1b2c3d4e5f', ...SCHEDULE_BODY };
const EVENT_TYPE = 'LectureScheduled';

/** The event in our envelope, at a stream's seq. */
export function envelopeAt(streamId: string, seq: number): EventEnvelope {
  const now = new Date().toISOString();
  const commandId = randomUUID();
  const [envelope] = buildEnvelopes(
    [{ type: EVENT_TYPE, data: EVENT_DATA }],
    {
      streamId,
      seq,
      occurredAt: now,
      recordedAt: now,
      actor: ACTOR,
      correlationId: randomUUID(),
      causationId: commandId,
      federationId: FEDERATION,
      commandId,
    },
    randomUUID,
  );
  return envelope!;
}

/**
 * The same event for Emmett: the same data, and as metadata the envelope's fields that
 * Emmett does not record itself (it adds a message id, the stream name and position).
 */
export function emmettEvent(): EmmettEvent {
  const {
    type,
    data,
    eventId: _id,
    streamId: _s,
    seq: _q,
    index: _i,
    ...metadata
  } = envelopeAt('', 0);
  return { type, data: data as object, metadata };
}

/** A commit of one event, as the CommandRunner makes it. */
export function commitOf(
  streamId: string,
  seq: number,
  prevHash: string,
  event = envelopeAt(streamId, seq),
): NewCommit {
  return {
    streamId,
    seq,
    commandId: event.commandId,
    commandType: 'ScheduleLecture',
    actor: ACTOR,
    recordedAt: event.recordedAt,
    events: [event],
    prevHash,
  };
}

/**
 * Our append path: the event store adapter itself, as the CommandRunner calls it for a
 * command without an Idempotency-Key (no command entry), each commit hash-chained to
 * the one before and given its outbox entry.
 */
export function ourSubject(store: EventStore): PeerSubject {
  const streamOf = (key: string) => `lecture-${key}`;
  return {
    async appendNew(key) {
      await store.append(commitOf(streamOf(key), 1, GENESIS_HASH), { retriable: false });
    },
    async readAndAppend(key) {
      const streamId = streamOf(key);
      const commits = await store.readStream(streamId);
      const head = commits[commits.length - 1];
      if (!head) throw new Error(`stream ${streamId} is empty`);
      await store.append(commitOf(streamId, head.seq + 1, head.hash), { retriable: false });
    },
    async read(key) {
      const commits = await store.readStream(streamOf(key));
      return commits.reduce((sum, commit) => sum + commit.events.length, 0);
    },
  };
}

/** Emmett's append path: appendToStream with the expected version, as its deciders use it. */
export function emmettSubject(store: EmmettEventStore, separator: ':' | '-'): PeerSubject {
  // Emmett takes the stream type from the name: before ':' on MongoDB, before '-' on SQLite.
  const streamOf = (key: string) => `lecture${separator}${key}`;
  return {
    async appendNew(key) {
      await store.appendToStream(streamOf(key), [emmettEvent()], { expectedStreamVersion: 0n });
    },
    async readAndAppend(key) {
      const name = streamOf(key);
      const { currentStreamVersion, events } = await store.readStream(name);
      if (events.length === 0) throw new Error(`stream ${name} is empty`);
      await store.appendToStream(name, [emmettEvent()], {
        expectedStreamVersion: currentStreamVersion,
      });
    },
    async read(key) {
      const { events } = await store.readStream(streamOf(key));
      return events.length;
    },
  };
}

/**
 * The subject's operations one at a time, in the order they come: what a caller of
 * Emmett's SQLite store has to do with concurrent commands (see the peer scenario's
 * trials), the queue's wait counted in each operation's latency.
 */
export function oneAtATime(subject: PeerSubject): PeerSubject {
  let tail: Promise<unknown> = Promise.resolve();
  const queued =
    <T>(operation: (key: string) => Promise<T>) =>
    (key: string): Promise<T> => {
      const result = tail.then(() => operation(key));
      tail = result.catch(() => undefined);
      return result;
    };
  return {
    appendNew: queued(subject.appendNew),
    readAndAppend: queued(subject.readAndAppend),
    read: queued(subject.read),
  };
}
