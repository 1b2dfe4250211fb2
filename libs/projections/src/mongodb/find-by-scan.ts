import { guarded } from '@pb/storage';
import type { Filter } from 'mongodb';
import {
  assertFieldName,
  decodeCursor,
  pageOf,
  type FindQuery,
  type FindResult,
  type ViewDocument,
} from '../read-model-store.port';
import { toBsonValue } from './bson-dates';
import { asView, type ReadModelCollections } from './read-model-collections';

/**
 * A find answered by querying the documents themselves: an `_id` range is served from
 * the index everywhere, any other filter is a scan of the collection on FerretDB.
 */
export async function findByScan<T extends ViewDocument>(
  collections: ReadModelCollections,
  collection: string,
  query: FindQuery,
): Promise<FindResult<T>> {
  const field = assertFieldName(query.orderBy?.field ?? '_id');
  const desc = query.orderBy?.direction === 'desc';
  const sort: Record<string, 1 | -1> =
    field === '_id' ? { _id: desc ? -1 : 1 } : { [field]: desc ? -1 : 1, _id: desc ? -1 : 1 };
  // Only the fields asked for (and the sort field, for the cursor): a MongoDB-wire
  // server converts and sends a fraction of each document.
  const projection = query.fields
    ? Object.fromEntries(
        [...query.fields, field].map((name) => [assertFieldName(name), 1 as const]),
      )
    : undefined;
  const found = await guarded(() => {
    const cursor = collections
      .documents(collection)
      .find(filterOf(query, field, desc), { projection });
    return (query.unordered ? cursor : cursor.sort(sort)).limit(query.limit + 1).toArray();
  });
  if (query.unordered && found.length > query.limit)
    throw new Error(`an unordered find of ${collection} must take every match`);
  const items = found.slice(0, query.limit).map((doc) => asView<T>(doc));
  return pageOf(items, found.length > query.limit, field);
}

/** The filter of a find ordered by `field`: its conditions, and after its cursor. */
function filterOf(query: FindQuery, field: string, desc: boolean): Filter<ViewDocument> {
  const op = desc ? '$lt' : '$gt';
  const conditions: Filter<ViewDocument>[] = [];
  for (const [key, value] of Object.entries(query.where ?? {}))
    conditions.push({ [assertFieldName(key)]: toBsonValue(value) });
  if (query.contains)
    conditions.push({
      [assertFieldName(query.contains.field)]: toBsonValue(query.contains.value),
    });
  // One `_id` condition at the top level, range and cursor together: FerretDB serves
  // only that from its index (docs/adr/0006-audit-filters-as-id-ranges.md).
  const range: Record<string, string> = {};
  if (query.idRange?.gte !== undefined) range.$gte = query.idRange.gte;
  if (query.idRange?.lt !== undefined) range.$lt = query.idRange.lt;
  if (query.after) {
    const cursor = decodeCursor(query.after);
    const value = toBsonValue(cursor.value);
    if (field === '_id') {
      // After the cursor and within the range: keep whichever bound is tighter.
      if (desc) {
        if (range.$lt === undefined || cursor.id < range.$lt) range.$lt = cursor.id;
      } else if (range.$gte === undefined || cursor.id >= range.$gte) {
        delete range.$gte;
        range.$gt = cursor.id;
      }
    } else
      conditions.push({
        $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: cursor.id } }],
      });
  }
  if (Object.keys(range).length > 0) conditions.unshift({ _id: range });
  return conditions.length === 0
    ? {}
    : conditions.length === 1
      ? conditions[0]!
      : { $and: conditions };
}
