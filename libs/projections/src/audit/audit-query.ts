import type { ReadModelStore } from '../read-model-store.port';
import { auditProjection, type AuditEntry } from './audit.view';

/** What GET /audit/events filters on; every given filter must hold. */
export interface AuditFilter {
  readonly societyId?: string;
  readonly memberId?: string;
  readonly campaignId?: string;
  /** A star rating round: its events and those of the societies' ratings in it. */
  readonly roundId?: string;
  /** An inspection batch: its events and those of the societies' inspections in it. */
  readonly batchId?: string;
  readonly streamId?: string;
  readonly actor?: string;
  readonly type?: string;
  /** Recorded at or after, ISO 8601 in UTC as toISOString writes it. */
  readonly from?: string;
  /** Recorded before. */
  readonly to?: string;
}

export interface AuditPage {
  readonly items: AuditEntry[];
  /** Pass as `cursor` for the following page; null after the last. */
  readonly next: string | null;
}

/**
 * The filters an entry holds as one value each, in the order SQLite tries them: only the
 * first given drives its index there.
 */
const VALUE_FILTERS = [
  'societyId',
  'campaignId',
  'roundId',
  'batchId',
  'streamId',
  'actor',
  'type',
] as const;

/**
 * The audit trail, filtered, in recording order, one page at a time: one find over the
 * events, served by their field indexes on every store (the given fields on MongoDB,
 * the first one on SQLite) and in `_id` order, which is recording order
 * (docs/adr/0010-secondary-indexes.md).
 */
export async function findAuditEvents(
  views: ReadModelStore,
  filter: AuditFilter,
  limit: number,
  cursor: string | null,
): Promise<AuditPage> {
  const where = Object.fromEntries(
    VALUE_FILTERS.filter((key) => filter[key] !== undefined).map((key) => [
      key,
      filter[key] as string,
    ]),
  );
  return views.find<AuditEntry>(auditProjection.spec.name, {
    where,
    contains: filter.memberId ? { field: 'memberIds', value: filter.memberId } : undefined,
    idRange: {
      ...(filter.from ? { gte: filter.from } : {}),
      ...(filter.to ? { lt: filter.to } : {}),
    },
    limit,
    after: cursor,
  });
}
