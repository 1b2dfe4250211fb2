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

/**
 * The filter of a find ordered by `field`: its conditions, and after its cursor. One
 * flat document where the fields differ: FerretDB (tools/ferretdb/patches/0003) pushes
 * the top-level fields down to its indexes, and reads a limited find in `_id` order from
 * an index when `_id` is bounded to strings, which every read model's `_id` is.
 */
function filterOf(query: FindQuery, field: string, desc: boolean): Filter<ViewDocument> {
  const op = desc ? '$lt' : '$gt';
  const flat: Record<string, unknown> = {};
  const conditions: Filter<ViewDocument>[] = [];
  const add = (key: string, value: unknown) => {
    if (key in flat) conditions.push({ [key]: value });
    else flat[key] = value;
  };
  for (const [key, value] of Object.entries(query.where ?? {}))
    add(assertFieldName(key), toBsonValue(value));
  if (query.contains) add(assertFieldName(query.contains.field), toBsonValue(query.contains.value));
  // One `_id` condition, range and cursor together: every server serves that from its index.
  const range: Record<string, string> = { $gte: query.idRange?.gte ?? '' };
  if (query.idRange?.lt !== undefined) range.$lt = query.idRange.lt;
  if (query.after) {
    const cursor = decodeCursor(query.after);
    const value = toBsonValue(cursor.value);
    if (field === '_id') {
      // After the cursor and within the range: keep whichever bound is tighter.
      if (desc) {
        if (range.$lt === undefined || cursor.id < range.$lt) range.$lt = cursor.id;
      } else if (cursor.id >= range.$gte!) {
        delete range.$gte;
        range.$gt = cursor.id;
      }
    } else
      conditions.push({
        $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: cursor.id } }],
      });
  }
  if ('_id' in flat) conditions.push({ _id: flat._id as Filter<ViewDocument>['_id'] });
  flat._id = range;
  // The rest beside the flat fields, which the server then still reads from its indexes.
  return conditions.length === 0 ? flat : { ...flat, $and: conditions };
}
