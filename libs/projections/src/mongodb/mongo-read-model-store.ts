import { DUPLICATE_KEY, guarded, isDuplicateKey } from '@pb/event-store';
import { MongoBulkWriteError, type Db, type Document, type Filter } from 'mongodb';
import {
  assertFieldName,
  decodeCursor,
  encodeCursor,
  ReadModelStore,
  type CollectionSpec,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from '../read-model-store.port';

/** A version claim older than this was left by a writer that died between claiming and writing. */
const CLAIM_STALE_MS = 30_000;

/** Read models on MongoDB, one collection each, prefixed `rm_` to keep them apart from the commits. */
export class MongoReadModelStore extends ReadModelStore {
  constructor(
    private readonly db: Db,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    super();
  }

  /** Not on every MongoDB-wire server: FerretDB v1 serves only `_id` from an index. */
  override get servesFieldIndexes(): boolean {
    return false;
  }

  private collection(name: string) {
    return this.db.collection<Document & { _id: string }>(`rm_${name}`);
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    await guarded(async () => {
      for (const field of spec.indexes) {
        await this.collection(spec.name).createIndex(
          { [assertFieldName(field)]: 1, _id: 1 },
          { name: `${field}_id` },
        );
      }
    });
  }

  async get<T extends ViewDocument>(collection: string, id: string): Promise<T | null> {
    return (await guarded(() => this.collection(collection).findOne({ _id: id }))) as T | null;
  }

  async getMany<T extends ViewDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await guarded(() =>
      this.collection(collection)
        .find({ _id: { $in: [...ids] } })
        .toArray(),
    )) as unknown as T[];
  }

  async put(collection: string, doc: ViewDocument): Promise<void> {
    await guarded(() =>
      this.collection(collection).replaceOne({ _id: doc._id }, doc, { upsert: true }),
    );
  }

  /**
   * Compare-and-set. A filtered replace is atomic on MongoDB but not on FerretDB v1,
   * where two writers can both match the old version; so the right to write version
   * v+1 is first claimed by inserting `<id>|<v+1>` under the unique `_id` of a side
   * collection, which every MongoDB-wire server makes atomic. A claim left by a writer
   * that died before writing is taken back after CLAIM_STALE_MS.
   */
  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    try {
      if (expectedVersion === null) {
        await guarded(() => this.collection(collection).insertOne({ ...doc }));
        return true;
      }
      const claims = this.claims(collection);
      const claimId = `${doc._id}|${expectedVersion + 1}`;
      try {
        await guarded(() => claims.insertOne({ _id: claimId, at: new Date().toISOString() }));
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        await this.releaseIfStale(collection, doc._id, expectedVersion, claimId);
        return false;
      }
      const result = await guarded(() =>
        this.collection(collection).replaceOne({ _id: doc._id, _version: expectedVersion }, doc),
      );
      if (result.matchedCount !== 1) {
        await guarded(() => claims.deleteOne({ _id: claimId }));
        return false;
      }
      await guarded(() => claims.deleteOne({ _id: `${doc._id}|${expectedVersion}` }));
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /**
   * The same protocol as putIfVersion, in bulk: new documents in one unordered
   * insertMany (a duplicate key refuses that one only); changed ones claim their next
   * version in one insertMany on the side collection, are replaced in one bulkWrite,
   * and are read back by `_id` to learn which replacements matched (only the claimant
   * can have written that version).
   */
  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    const refused = new Set<string>();
    const inserts = writes.filter((w) => w.expectedVersion === null).map((w) => ({ ...w.doc }));
    if (inserts.length > 0) {
      const failed = await insertEach(() =>
        this.collection(collection).insertMany(inserts, { ordered: false }),
      );
      for (const index of failed) refused.add(inserts[index]!._id);
    }
    const updates = writes.filter((w) => w.expectedVersion !== null);
    if (updates.length === 0) return [...refused];
    const claims = this.claims(collection);
    const at = new Date().toISOString();
    const claimIds = updates.map((w) => `${w.doc._id}|${w.expectedVersion! + 1}`);
    const unclaimed = await insertEach(() =>
      claims.insertMany(
        claimIds.map((_id) => ({ _id, at })),
        { ordered: false },
      ),
    );
    for (const index of unclaimed) {
      const { doc, expectedVersion } = updates[index]!;
      await this.releaseIfStale(collection, doc._id, expectedVersion!, claimIds[index]!);
      refused.add(doc._id);
    }
    const claimed = updates.filter((_, index) => !unclaimed.has(index));
    if (claimed.length === 0) return [...refused];
    await guarded(() =>
      this.collection(collection).bulkWrite(
        claimed.map(({ doc, expectedVersion }) => ({
          replaceOne: { filter: { _id: doc._id, _version: expectedVersion }, replacement: doc },
        })),
        { ordered: false },
      ),
    );
    const stored = new Map(
      (
        await guarded(() =>
          this.collection(collection)
            .find({ _id: { $in: claimed.map((w) => w.doc._id) } }, { projection: { _version: 1 } })
            .toArray(),
        )
      ).map((doc) => [doc._id, doc._version as number]),
    );
    const done: string[] = [];
    for (const { doc, expectedVersion } of claimed) {
      if (stored.get(doc._id) === doc._version) done.push(`${doc._id}|${expectedVersion}`);
      else {
        refused.add(doc._id);
        done.push(`${doc._id}|${expectedVersion! + 1}`);
      }
    }
    await guarded(() => claims.deleteMany({ _id: { $in: done } }));
    return [...refused];
  }

  private claims(collection: string) {
    return this.db.collection<{ _id: string; at: string }>(`rm_${collection}__cas`);
  }

  private async releaseIfStale(
    collection: string,
    id: string,
    expectedVersion: number,
    claimId: string,
  ): Promise<void> {
    const claim = await guarded(() => this.claims(collection).findOne({ _id: claimId }));
    if (!claim || Date.now() - Date.parse(claim.at) < CLAIM_STALE_MS) return;
    const current = await guarded(() => this.collection(collection).findOne({ _id: id }));
    if (current?._version === expectedVersion)
      await guarded(() => this.claims(collection).deleteOne({ _id: claimId, at: claim.at }));
  }

  async find<T extends ViewDocument>(collection: string, query: FindQuery): Promise<FindResult<T>> {
    const field = assertFieldName(query.orderBy?.field ?? '_id');
    const desc = query.orderBy?.direction === 'desc';
    const op = desc ? '$lt' : '$gt';
    const conditions: Filter<Document & { _id: string }>[] = [];
    for (const [key, value] of Object.entries(query.where ?? {}))
      conditions.push({ [assertFieldName(key)]: value });
    if (query.contains)
      conditions.push({ [assertFieldName(query.contains.field)]: query.contains.value });
    // One `_id` condition at the top level, range and cursor together: FerretDB serves
    // only that from its index (docs/adr/0006-audit-filters-as-id-ranges.md).
    const range: Record<string, string> = {};
    if (query.idRange?.gte !== undefined) range.$gte = query.idRange.gte;
    if (query.idRange?.lt !== undefined) range.$lt = query.idRange.lt;
    if (query.after) {
      const cursor = decodeCursor(query.after);
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
          $or: [
            { [field]: { [op]: cursor.value } },
            { [field]: cursor.value, _id: { [op]: cursor.id } },
          ],
        });
    }
    if (Object.keys(range).length > 0) conditions.unshift({ _id: range });
    const filter =
      conditions.length === 0
        ? {}
        : conditions.length === 1
          ? conditions[0]!
          : { $and: conditions };
    const sort: Record<string, 1 | -1> =
      field === '_id' ? { _id: desc ? -1 : 1 } : { [field]: desc ? -1 : 1, _id: desc ? -1 : 1 };
    const docs = (await guarded(() =>
      this.collection(collection)
        .find(filter)
        .sort(sort)
        .limit(query.limit + 1)
        .toArray(),
    )) as unknown as T[];
    const items = docs.slice(0, query.limit);
    const last = items[items.length - 1];
    const next =
      docs.length > query.limit && last
        ? encodeCursor(field === '_id' ? null : last[field], last._id)
        : null;
    return { items, next };
  }

  async count(collection: string, where: Readonly<Record<string, Scalar>> = {}): Promise<number> {
    return guarded(() => this.collection(collection).countDocuments({ ...where }));
  }

  async drop(collection: string): Promise<void> {
    await guarded(async () => {
      for (const name of [`rm_${collection}`, `rm_${collection}__cas`]) {
        const exists = await this.db.listCollections({ name }).hasNext();
        if (exists) await this.db.collection(name).drop();
      }
    });
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

/**
 * Runs an unordered insertMany; returns the indexes of the documents refused for a
 * duplicate key. Any other error is thrown.
 */
async function insertEach(insert: () => Promise<unknown>): Promise<Set<number>> {
  try {
    await guarded(insert);
    return new Set();
  } catch (error) {
    if (!(error instanceof MongoBulkWriteError)) throw error;
    const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    if (errors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
    return new Set(errors.map((e) => e.index));
  }
}
