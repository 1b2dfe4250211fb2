import { encodeCursor, InvalidCursor, type ReadModelStore } from '../read-model-store.port';
import {
  AUDIT_INDEX,
  AUDIT_INDEX_FIELDS,
  auditIndexPrefix,
  type AuditIndexEntry,
} from './audit-index';
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

/** Most documents one read returns; a fuller range is read on from its last. */
const READ_LIMIT = 1000;
/** Fewest asked of a read, so that items the other filters drop are made up in one go. */
const MIN_READ_LIMIT = 50;
/** `toISOString()` length: the recording time at the start of every audit key. */
const TIME_LENGTH = 24;

/**
 * The audit trail, filtered, in recording order, one page at a time. A store that
 * serves field indexes (SQLite) answers with one find; elsewhere every read is an
 * `_id` range (docs/adr/0006-audit-filters-as-id-ranges.md): the most selective filter
 * given drives (stream, society, member, batch, round, campaign, actor, type, in that
 * order) through its index entries, or, with no such filter, the events themselves; the
 * entries are read as one range of keys (a time range narrows it) from the cursor on,
 * checked against the other filters, and the page's events are fetched by `_id`.
 */
export async function findAuditEvents(
  views: ReadModelStore,
  filter: AuditFilter,
  limit: number,
  cursor: string | null,
): Promise<AuditPage> {
  if (views.servesFieldIndexes) return findServed(views, filter, limit, cursor);
  const driving = AUDIT_INDEX_FIELDS.find((field) => filter[field] !== undefined);
  const prefix = driving ? auditIndexPrefix(driving, filter[driving]!) : '';
  const collection = driving ? AUDIT_INDEX : auditProjection.spec.name;
  // Keys start with the recording time, so a time range is a range of keys; the server
  // reads it from its `_id` index in order and stops at the limit.
  const range = { gte: prefix + (filter.from ?? ''), lt: prefix + (filter.to ?? '~') };
  let after = cursor === null ? null : decodeAuditCursor(cursor, prefix);
  const found: (AuditIndexEntry | AuditEntry)[] = [];
  while (found.length <= limit) {
    const page = await views.find<AuditIndexEntry | AuditEntry>(collection, {
      idRange: range,
      after: after === null ? null : encodeCursor(null, after),
      limit: Math.min(READ_LIMIT, Math.max(MIN_READ_LIMIT, limit + 1 - found.length)),
    });
    for (const item of page.items) if (matches(item, filter)) found.push(item);
    const last = page.items[page.items.length - 1];
    if (page.next === null || !last) break;
    after = last._id;
  }
  const page = found.slice(0, limit);
  const next = found.length > limit ? encodeAuditCursor(page[page.length - 1]!._id) : null;
  if (!driving) return { items: page as AuditEntry[], next };
  const ids = page.map((entry) => (entry as AuditIndexEntry).auditId);
  const byId = new Map(
    (await views.getMany<AuditEntry>(auditProjection.spec.name, ids)).map((doc) => [doc._id, doc]),
  );
  return { items: ids.flatMap((id) => byId.get(id) ?? []), next };
}

/** On a store that serves every field index (SQLite): one find over the events. */
async function findServed(
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

/** Whether an index entry or an event passes every filter. */
function matches(item: AuditIndexEntry | AuditEntry, filter: AuditFilter): boolean {
  const auditId = (item as Partial<AuditIndexEntry>).auditId;
  const recordedAt =
    typeof auditId === 'string' ? auditId.slice(0, TIME_LENGTH) : (item as AuditEntry).recordedAt;
  return (
    VALUE_FILTERS.every((key) => filter[key] === undefined || item[key] === filter[key]) &&
    (filter.memberId === undefined || item.memberIds.includes(filter.memberId)) &&
    (filter.from === undefined || recordedAt >= filter.from) &&
    (filter.to === undefined || recordedAt < filter.to)
  );
}

function timeOf(key: string, prefix: string): string {
  return key.slice(prefix.length, prefix.length + TIME_LENGTH);
}

/** The cursor of a page: the key of its last entry. */
function encodeAuditCursor(after: string): string {
  return Buffer.from(JSON.stringify([after]), 'utf8').toString('base64url');
}

/** The key a cursor resumes after, which must belong to the same driving filter. */
function decodeAuditCursor(cursor: string, prefix: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 1 ||
    typeof parsed[0] !== 'string' ||
    !parsed[0].startsWith(prefix) ||
    Number.isNaN(Date.parse(timeOf(parsed[0], prefix)))
  )
    throw new InvalidCursor();
  return parsed[0];
}
