/**
 * The published envelope of every event: what other federation systems depend on.
 * Fields are only ever added, as optional; none is renamed.
 */
export interface EventEnvelope<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly streamId: string;
  /** The commit's sequence number in its stream: the stream's version after this commit. */
  readonly seq: number;
  /** The event's index within its commit, from 0. */
  readonly index: number;
  /** The business time of the fact, ISO 8601. */
  readonly occurredAt: string;
  /** The server's time of the commit, ISO 8601. */
  readonly recordedAt: string;
  /** Who did it: the token's subject, an integration account, or `system`. */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly federationId: string;
  readonly commandId: string;
  /** The ids the event touches, so that audit queries need no joins. */
  readonly societyId: string | null;
  readonly memberIds: readonly string[];
  readonly campaignId: string | null;
  /** The star rating round the event touches; absent on events of other streams. */
  readonly roundId?: string;
  /** The inspection batch the event touches; absent on events of other streams. */
  readonly batchId?: string;
  readonly data: Data;
}

/** An event as a decider makes it: the shape of a domain's event unions. */
export interface EventOfDomain {
  readonly type: string;
  readonly data: unknown;
}

/**
 * The envelope of an event of a union such as a domain's events, one envelope type per
 * event type: `type` and `data` narrow together where code switches on the type.
 */
export type EnvelopeOf<Event extends EventOfDomain> = Event extends unknown
  ? EventEnvelope<Event['type'], Event['data']>
  : never;

/** A position in a source stream, compared as (seq, index). */
export interface StreamPosition {
  readonly seq: number;
  readonly index: number;
}

export function comparePositions(a: StreamPosition, b: StreamPosition): number {
  return a.seq === b.seq ? a.index - b.index : a.seq - b.seq;
}

/** The Kafka topics of the contract. */
export const TOPICS = {
  events: 'party-building.events.v1',
  societyRegister: 'federation.society-register.v1',
  deadLetter: 'party-building.dead-letter.v1',
} as const;
