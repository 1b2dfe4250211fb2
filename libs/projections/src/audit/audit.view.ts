import type { EventEnvelope } from '@pb/contracts';
import type { EntityDocument, EntityProjection } from '../projection';

/**
 * The audit trail's own read model: one document per event, the fields people filter
 * on at the top level. The `_id` starts with the recording time, so `_id` order is the
 * order things were recorded in and a time range is an `_id` range.
 */
export interface AuditEntry extends EntityDocument {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly seq: number;
  readonly index: number;
  readonly recordedAt: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly commandId: string;
  readonly societyId: string | null;
  readonly memberIds: readonly string[];
  readonly campaignId: string | null;
  /** Only on events of a star rating round or of a society's rating in one. */
  readonly roundId?: string;
  /** Only on events of an inspection batch or of a society's inspection in one. */
  readonly batchId?: string;
  /** The reason the command gave, when it gave one: the "why". */
  readonly reason: string | null;
  readonly data: unknown;
}

export function auditEntryId(
  event: Pick<EventEnvelope, 'recordedAt' | 'streamId' | 'seq' | 'index'>,
): string {
  return `${event.recordedAt}|${event.streamId}:${String(event.seq).padStart(10, '0')}:${String(event.index).padStart(3, '0')}`;
}

export const auditProjection: EntityProjection<AuditEntry> = {
  spec: {
    name: 'audit_events',
    indexes: ['societyId', 'campaignId', 'roundId', 'batchId', 'streamId', 'actor', 'type'],
    arrayIndexes: ['memberIds'],
    // A society's or a campaign's events of one type: a few among thousands of its own.
    compoundIndexes: [
      ['societyId', 'type'],
      ['campaignId', 'type'],
    ],
  },
  documentPerEvent: true,
  handles: (_event): _event is EventEnvelope => true,
  documentId: auditEntryId,
  apply(_doc, event) {
    const data = (event.data ?? {}) as { reason?: unknown };
    return {
      _id: auditEntryId(event),
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: event.streamId,
      seq: event.seq,
      index: event.index,
      recordedAt: event.recordedAt,
      occurredAt: event.occurredAt,
      actor: event.actor,
      correlationId: event.correlationId,
      commandId: event.commandId,
      societyId: event.societyId,
      memberIds: [...event.memberIds],
      campaignId: event.campaignId,
      ...roundAndBatch(event),
      reason: typeof data.reason === 'string' ? data.reason : null,
      data: event.data,
    };
  },
};

/** The round and the batch an event names, each only when it names one, as in the envelope. */
export function roundAndBatch(
  event: Pick<EventEnvelope, 'roundId' | 'batchId'>,
): Pick<AuditEntry, 'roundId' | 'batchId'> {
  return {
    ...(event.roundId !== undefined && { roundId: event.roundId }),
    ...(event.batchId !== undefined && { batchId: event.batchId }),
  };
}
