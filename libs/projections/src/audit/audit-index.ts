import type { EventEnvelope } from '@pb/contracts';
import type { EntityDocument, EntityProjection } from '../projection';
import { AUDIT_INDEX } from '../read-model-names';
import type { ReadModelStore } from '../read-model-store.port';
import { auditEntryId, auditProjection, roundAndBatch } from './audit.view';

/**
 * The audit trail's own secondary index: for every event, one small entry per value
 * people filter on, keyed `<field>=<value>|<audit entry id>`. The audit entry id starts
 * with the recording time, so the entries of one value form one `_id` range in
 * recording order, and a time range within it is a narrower `_id` range. Every
 * MongoDB-wire server serves `_id` ranges from an index; FerretDB v1 serves nothing
 * else (docs/adr/0006-audit-filters-as-id-ranges.md). Entries carry the other filter
 * fields, so a combination of filters is checked on the entries before any event is
 * fetched. Entries are written once and never change, like the events.
 */
export interface AuditIndexEntry extends EntityDocument {
  readonly auditId: string;
  readonly type: string;
  readonly actor: string;
  readonly streamId: string;
  readonly societyId: string | null;
  readonly campaignId: string | null;
  readonly roundId?: string;
  readonly batchId?: string;
  readonly memberIds: readonly string[];
}

export { AUDIT_INDEX };

/** The fields the index keys on, most selective first: the query drives on the first one given. */
export const AUDIT_INDEX_FIELDS = [
  'streamId',
  'societyId',
  'memberId',
  'batchId',
  'roundId',
  'campaignId',
  'actor',
  'type',
] as const;
export type AuditIndexField = (typeof AUDIT_INDEX_FIELDS)[number];

/**
 * The most members one event names: an inspection batch's inspectors (at most 50, as its
 * schema says). An event naming fewer costs no more entries: a slot it leaves empty has none.
 */
const MEMBER_SLOTS = 50;

/** The first key of the entries of one value: `<field>=<value>|`. */
export function auditIndexPrefix(field: AuditIndexField, value: string): string {
  return `${field}=${value}|`;
}

function entryProjection(
  field: AuditIndexField,
  valueOf: (event: EventEnvelope) => string | null,
): EntityProjection<AuditIndexEntry> {
  return {
    spec: { name: AUDIT_INDEX, indexes: [] },
    handles: (event): event is EventEnvelope => valueOf(event) !== null,
    documentId: (event) => auditIndexPrefix(field, valueOf(event)!) + auditEntryId(event),
    apply: (_doc, event) => ({
      _id: auditIndexPrefix(field, valueOf(event)!) + auditEntryId(event),
      auditId: auditEntryId(event),
      type: event.type,
      actor: event.actor,
      streamId: event.streamId,
      societyId: event.societyId,
      campaignId: event.campaignId,
      ...roundAndBatch(event),
      memberIds: [...event.memberIds],
    }),
  };
}

type ValueOf = (event: EventEnvelope) => string | null;

const INDEXED: readonly (readonly [AuditIndexField, ValueOf])[] = [
  ['streamId', (e) => e.streamId],
  ['societyId', (e) => e.societyId],
  ['campaignId', (e) => e.campaignId],
  ['roundId', (e) => e.roundId ?? null],
  ['batchId', (e) => e.batchId ?? null],
  ['actor', (e) => e.actor],
  ['type', (e) => e.type],
  ...Array.from({ length: MEMBER_SLOTS }, (_, slot): readonly [AuditIndexField, ValueOf] => [
    'memberId',
    (e) => e.memberIds[slot] ?? null,
  ]),
];

/** One projection per indexed field (and per member an event may name) into `audit_index`. */
export const auditIndexProjections: readonly EntityProjection[] = INDEXED.map(([field, valueOf]) =>
  entryProjection(field, valueOf),
);

/**
 * The projections a projector writing to `views` runs: with the audit trail, its index
 * too where the store does not serve field indexes itself (SQLite does). There the
 * trail's own field indexes go: every query drives through the index entries, and each
 * would cost every write of the trail for nothing.
 */
export function withAuditIndex(
  views: ReadModelStore,
  projections: readonly EntityProjection[],
): readonly EntityProjection[] {
  if (views.servesFieldIndexes || !projections.includes(auditProjection)) return projections;
  const trail: EntityProjection = {
    ...auditProjection,
    spec: { ...auditProjection.spec, indexes: [] },
  };
  return [...projections.map((p) => (p === auditProjection ? trail : p)), ...auditIndexProjections];
}
