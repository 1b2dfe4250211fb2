import type { EventEnvelope, EventOfDomain } from './envelope';
import { touchedIds } from './streams';
import { SCHEMA_VERSIONS } from './upcasters';

/** What the events of one commit share: where they go, when, who and on whose behalf. */
export type CommitParts = Pick<
  EventEnvelope,
  | 'streamId'
  | 'seq'
  | 'occurredAt'
  | 'recordedAt'
  | 'actor'
  | 'correlationId'
  | 'causationId'
  | 'federationId'
  | 'commandId'
>;

/**
 * The envelopes of one commit's events, in order: each with a fresh id, its index in the
 * commit, the schema version this release writes its type with (1 unless raised), and
 * the ids its data touches. Every writer of events builds them here, so that none can
 * disagree with the others on what an envelope holds.
 */
export function buildEnvelopes<Event extends EventOfDomain>(
  events: readonly Event[],
  commit: CommitParts,
  newEventId: () => string,
): EventEnvelope<Event['type'], Event['data']>[] {
  return events.map((event, index) => ({
    eventId: newEventId(),
    type: event.type,
    schemaVersion: SCHEMA_VERSIONS[event.type] ?? 1,
    streamId: commit.streamId,
    seq: commit.seq,
    index,
    occurredAt: commit.occurredAt,
    recordedAt: commit.recordedAt,
    actor: commit.actor,
    correlationId: commit.correlationId,
    causationId: commit.causationId,
    federationId: commit.federationId,
    commandId: commit.commandId,
    ...touchedIds(event.data),
    data: event.data,
  }));
}
