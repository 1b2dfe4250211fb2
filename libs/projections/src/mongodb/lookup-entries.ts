import { guarded } from '@pb/storage';
import type { Collection } from 'mongodb';
import {
  decodeCursor,
  pageOf,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from '../read-model-store.port';
import { asView, type LookupEntry } from './read-model-collections';

/** Entries read per query, and so documents fetched per `$in`. */
const CHUNK = 500;

type Key = string | number | boolean;

const isKey = (value: unknown): value is Key =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** `<field>=<JSON value>|`: JSON keeps `"1"` apart from `1`, and a string's closing quote ends it. */
const entryPrefix = (field: string, value: Key) => `${field}=${JSON.stringify(value)}|`;

/**
 * The lookup entries of a document, `<field>=<JSON value>|<document id>`, one per
 * declared field that holds a string, a number or a boolean (null, absent and arrays
 * have none). One value's documents are then one `_id` range, in `_id` order.
 */
export function lookupEntries(doc: ViewDocument, fields: readonly string[]): Set<string> {
  const entries = new Set<string>();
  for (const field of fields) {
    const value = doc[field];
    if (isKey(value)) entries.add(entryPrefix(field, value) + doc._id);
  }
  return entries;
}

/** The entries the writes' documents hold and what they replace did not (all, when that is unknown). */
export function addedEntries(
  writes: readonly Pick<VersionedWrite, 'doc' | 'before'>[],
  fields: readonly string[],
): string[] {
  const added = new Set<string>();
  for (const { doc, before } of writes) {
    const kept = before ? lookupEntries(before, fields) : new Set<string>();
    for (const entry of lookupEntries(doc, fields)) if (!kept.has(entry)) added.add(entry);
  }
  return [...added];
}

/** The entries of what the writes replaced that their documents no longer hold (none, when unknown). */
export function removedEntries(
  writes: readonly Pick<VersionedWrite, 'doc' | 'before'>[],
  fields: readonly string[],
): string[] {
  const removed: string[] = [];
  for (const { doc, before } of writes) {
    if (!before) continue;
    const now = lookupEntries(doc, fields);
    for (const entry of lookupEntries(before, fields)) if (!now.has(entry)) removed.push(entry);
  }
  return removed;
}

/**
 * The first key of the entries that can answer `query`, or null when it needs the scan:
 * its first `where` field must be a lookup holding a string, number or boolean, in
 * `_id` order, with no array or `_id` range condition.
 */
export function lookupPrefix(
  query: FindQuery,
  lookups: readonly string[] | undefined,
): string | null {
  const first = Object.entries(query.where ?? {})[0];
  if (!lookups || !first || !lookups.includes(first[0]) || !isKey(first[1])) return null;
  const byId =
    !query.orderBy || (query.orderBy.field === '_id' && query.orderBy.direction === 'asc');
  if (!byId || query.contains || query.idRange) return null;
  return entryPrefix(first[0], first[1]);
}

/** Mongo's equality on a top-level scalar: null also matches an absent field. */
const holds = (doc: ViewDocument, where: Readonly<Record<string, Scalar>>) =>
  Object.entries(where).every(([field, value]) =>
    value === null ? doc[field] === null || doc[field] === undefined : doc[field] === value,
  );

/**
 * A find answered from lookup entries: the value's entries are read as a range bounded
 * on both sides, a chunk at a time from the cursor on, and their documents fetched by
 * `_id`. An entry can outlive its value (a writer that did not know the document's
 * previous state, or died before removing it) or come before its document (a writer
 * that died before writing it), so every document is checked against the whole
 * `where` again. Items and cursor are those the scan would give.
 */
export async function findByLookup<T extends ViewDocument>(
  entries: Collection<LookupEntry>,
  docs: Collection<ViewDocument>,
  prefix: string,
  query: FindQuery,
): Promise<FindResult<T>> {
  const where = query.where ?? {};
  const end = `${prefix}\uffff`;
  let from: { $gt: string } | { $gte: string } = query.after
    ? { $gt: prefix + decodeCursor(query.after).id }
    : { $gte: prefix };
  const found: T[] = [];
  for (;;) {
    const chunk = await guarded(() =>
      entries
        .find({ _id: { ...from, $lt: end } })
        .sort({ _id: 1 })
        .limit(CHUNK)
        .toArray(),
    );
    const ids = chunk.map((entry) => entry._id.slice(prefix.length));
    const byId = new Map(
      ids.length === 0
        ? []
        : (await guarded(() => docs.find({ _id: { $in: ids } }).toArray())).map((doc) => [
            doc._id,
            doc,
          ]),
    );
    for (const id of ids) {
      const stored = byId.get(id);
      const doc = stored && asView<T>(stored);
      if (doc && holds(doc, where)) found.push(doc);
      if (found.length > query.limit) break;
    }
    if (found.length > query.limit || chunk.length < CHUNK) break;
    from = { $gt: chunk[chunk.length - 1]!._id };
  }
  return pageOf(found.slice(0, query.limit), found.length > query.limit, '_id');
}
