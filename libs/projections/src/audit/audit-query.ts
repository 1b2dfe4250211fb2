import { encodeCursor, InvalidCursor, type ReadModelStore } from '../read-model-store.port';
import {
  AUDIT_INDEX,
  AUDIT_INDEX_FIELDS,
  AUDIT_MONTHS,
  auditIndexPrefix,
  type AuditIndexEntry,
  type AuditMonth,
} from './audit-index';
import { auditProjection, type AuditEntry } from './audit.view';

/** What GET /audit/events filters on; every given filter must hold. */
export interface AuditFilter {
  readonly societyId?: string;
  readonly memberId?: string;
  readonly campaignId?: string;
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

const DAY_MS = 24 * 3600 * 1000;
const MIN_SPAN_MS = 60 * 1000;
const MAX_SPAN_MS = 400 * DAY_MS;
/**
 * The first window is the widest: the server reads a window's `_id` range from its
 * index and stops at the window's limit (MongoDB; FerretDB as tools/ferretdb builds
 * it), so a wide window costs what it returns. Windows narrow where entries crowd.
 */
const FIRST_SPAN_MS = MAX_SPAN_MS;
/** Most documents one window query returns; a fuller window is read on from its last. */
const WINDOW_LIMIT = 1000;
/** Fewest asked of a window, so that items the other filters drop are made up in one go. */
const MIN_WINDOW_LIMIT = 50;
/** `toISOString()` length: the recording time at the start of every audit key. */
const TIME_LENGTH = 24;

/**
 * The audit trail, filtered, in recording order, one page at a time. A store that
 * serves field indexes (SQLite) answers with one find; elsewhere every read is an
 * `_id` range (docs/adr/0006-audit-filters-as-id-ranges.md): the most selective filter
 * given drives (stream, society, member, campaign, actor, type, in that order) through
 * its index entries, or, with no such filter, the events themselves; the entries are
 * read in time windows, only within the months that hold any, and checked against the
 * other filters before the events are fetched by `_id`. The window width adapts to how
 * dense the value is and travels in the cursor, so the next page starts at the right one.
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
  const resume = cursor === null ? null : decodeAuditCursor(cursor, prefix);
  let span = resume?.span ?? FIRST_SPAN_MS;

  const months = (
    await views.find<AuditMonth>(AUDIT_MONTHS, {
      idRange: { gte: `${prefix}#`, lt: `${prefix}#~` },
      limit: 100_000,
    })
  ).items
    .map((doc) => doc.month)
    .sort();
  const end = filter.to ?? null;
  let time = latest(filter.from, resume ? timeOf(resume.after, prefix) : undefined);
  let after = resume?.after ?? null;
  const found: (AuditIndexEntry | AuditEntry)[] = [];
  while (found.length <= limit) {
    // Skip to the next month that holds anything.
    const month = months.find((m) => time === undefined || m >= time.slice(0, 7));
    if (month === undefined) break;
    if (time === undefined || month > time.slice(0, 7)) time = `${month}-01T00:00:00.000Z`;
    if (end !== null && time >= end) break;
    let until = new Date(Date.parse(time) + span).toISOString();
    if (end !== null && until > end) until = end;
    const page = await views.find<AuditIndexEntry | AuditEntry>(collection, {
      idRange: { gte: prefix + time, lt: prefix + until },
      after: after === null ? null : encodeCursor(null, after),
      limit: Math.min(WINDOW_LIMIT, Math.max(MIN_WINDOW_LIMIT, limit + 1 - found.length)),
    });
    for (const item of page.items) if (matches(item, filter)) found.push(item);
    const last = page.items[page.items.length - 1];
    if (page.next !== null && last) {
      // The window held more than needed: go on from its last item in narrower ones.
      span = Math.max(MIN_SPAN_MS, span / 8);
      after = last._id;
      time = timeOf(last._id, prefix);
      continue;
    }
    const n = page.items.length;
    if (n < (limit + 1) / 4) span = Math.min(MAX_SPAN_MS, span * 2);
    time = until;
    after = null;
  }
  const page = found.slice(0, limit);
  const next =
    found.length > limit ? encodeAuditCursor({ after: page[page.length - 1]!._id, span }) : null;
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
    (['societyId', 'campaignId', 'streamId', 'actor', 'type'] as const)
      .filter((key) => filter[key] !== undefined)
      .map((key) => [key, filter[key] as string]),
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
    (filter.societyId === undefined || item.societyId === filter.societyId) &&
    (filter.campaignId === undefined || item.campaignId === filter.campaignId) &&
    (filter.streamId === undefined || item.streamId === filter.streamId) &&
    (filter.actor === undefined || item.actor === filter.actor) &&
    (filter.type === undefined || item.type === filter.type) &&
    (filter.memberId === undefined || item.memberIds.includes(filter.memberId)) &&
    (filter.from === undefined || recordedAt >= filter.from) &&
    (filter.to === undefined || recordedAt < filter.to)
  );
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function timeOf(key: string, prefix: string): string {
  return key.slice(prefix.length, prefix.length + TIME_LENGTH);
}

interface AuditCursor {
  readonly after: string;
  readonly span: number;
}

function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.after, cursor.span]), 'utf8').toString('base64url');
}

/** The cursor of a page, which must belong to the same driving filter. */
function decodeAuditCursor(cursor: string, prefix: string): AuditCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    !parsed[0].startsWith(prefix) ||
    Number.isNaN(Date.parse(timeOf(parsed[0], prefix))) ||
    typeof parsed[1] !== 'number' ||
    !(parsed[1] >= MIN_SPAN_MS && parsed[1] <= MAX_SPAN_MS)
  )
    throw new InvalidCursor();
  return { after: parsed[0], span: parsed[1] };
}
