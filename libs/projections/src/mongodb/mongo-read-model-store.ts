import { DUPLICATE_KEY, guarded, isDuplicateKey } from '@pb/storage';
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
import { addedEntries, findByLookup, lookupPrefix, removedEntries } from './lookup-entries';

/** The entry that says a collection's lookup entries cover every document; no lookup key starts with `#`. */
const LOOKUPS_COMPLETE = '#complete';

/** A version claim older than this was left by a writer that died between claiming and writing. */
const CLAIM_STALE_MS = 30_000;

/** Read models on MongoDB, one collection each, prefixed `rm_` to keep them apart from the commits. */
export class MongoReadModelStore extends ReadModelStore {
  /**
   * The lookups declared by ensureCollection, by the name received: a generation's
   * collection is declared on its own, and only a declared one keeps entries.
   */
  private readonly lookups = new Map<string, readonly string[]>();

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
    if (spec.lookups?.length) {
      const fields = spec.lookups.map(assertFieldName);
      await this.backfillLookups(spec.name, fields);
      this.lookups.set(spec.name, fields);
    }
  }

  /**
   * Gives every document already stored its lookup entries, once per collection: read
   * models written before their lookups were declared would otherwise be missed by
   * finds. A marker entry records that it was done; a crash before it means doing it
   * again, which is harmless (an entry already there is what we want).
   */
  private async backfillLookups(collection: string, fields: readonly string[]): Promise<void> {
    const entries = this.entries(collection);
    if (await guarded(() => entries.findOne({ _id: LOOKUPS_COMPLETE }))) return;
    const projection = Object.fromEntries(fields.map((field) => [field, 1]));
    const docs = this.collection(collection).find({}, { projection }).batchSize(1000);
    let pending: { doc: ViewDocument }[] = [];
    const flush = async () => {
      const added = addedEntries(pending, fields);
      pending = [];
      if (added.length > 0)
        await insertEach(() =>
          entries.insertMany(
            added.map((_id) => ({ _id })),
            { ordered: false },
          ),
        );
    };
    await guarded(async () => {
      for await (const doc of docs) {
        pending.push({ doc: doc as unknown as ViewDocument });
        if (pending.length === 1000) await flush();
      }
      await flush();
    });
    await insertEach(() => entries.insertMany([{ _id: LOOKUPS_COMPLETE }], { ordered: false }));
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
    await this.addLookups(collection, [{ doc }]);
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
    await this.addLookups(collection, [{ doc }]);
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
   * can have written that version). Lookup entries go in before the documents and out
   * after them.
   */
  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    await this.addLookups(collection, writes);
    const refused = await this.writeMany(collection, writes);
    await this.removeLookups(
      collection,
      writes.filter((w) => !refused.has(w.doc._id)),
    );
    return [...refused];
  }

  /** The compare-and-set writes themselves; returns the ids of those refused. */
  private async writeMany(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<Set<string>> {
    const refused = new Set<string>();
    const inserts = writes.filter((w) => w.expectedVersion === null).map((w) => ({ ...w.doc }));
    if (inserts.length > 0) {
      const failed = await insertEach(() =>
        this.collection(collection).insertMany(inserts, { ordered: false }),
      );
      for (const index of failed) refused.add(inserts[index]!._id);
    }
    const updates = writes.filter((w) => w.expectedVersion !== null);
    if (updates.length === 0) return refused;
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
    if (claimed.length === 0) return refused;
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
    return refused;
  }

  private entries(collection: string) {
    return this.db.collection<{ _id: string }>(`rm_${collection}__lookup`);
  }

  /**
   * Inserts the lookup entries the documents gain, before the documents are written: an
   * entry without its document is skipped by finds, a document without its entry would
   * be missed by them. An entry already there is what we want.
   */
  private async addLookups(
    collection: string,
    writes: readonly Pick<VersionedWrite, 'doc' | 'before'>[],
  ): Promise<void> {
    const fields = this.lookups.get(collection);
    const added = fields ? addedEntries(writes, fields) : [];
    if (added.length > 0)
      await insertEach(() =>
        this.entries(collection).insertMany(
          added.map((_id) => ({ _id })),
          { ordered: false },
        ),
      );
  }

  /** Deletes the entries of values the written documents no longer hold, once written. */
  private async removeLookups(
    collection: string,
    written: readonly VersionedWrite[],
  ): Promise<void> {
    const fields = this.lookups.get(collection);
    const removed = fields ? removedEntries(written, fields) : [];
    if (removed.length > 0)
      await guarded(() => this.entries(collection).deleteMany({ _id: { $in: removed } }));
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
    // A filter on any field but `_id` is a scan of the collection on FerretDB: a
    // lookup's entries are a range of `_id` (docs/adr/0007-lookups-as-id-ranges.md).
    const prefix = lookupPrefix(query, this.lookups.get(collection));
    if (prefix !== null)
      return findByLookup<T>(this.entries(collection), this.collection(collection), prefix, query);
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
    // Only the fields asked for (and the sort field, for the cursor): a MongoDB-wire
    // server converts and sends a fraction of each document.
    const projection = query.fields
      ? Object.fromEntries(
          [...query.fields, field].map((name) => [assertFieldName(name), 1 as const]),
        )
      : undefined;
    const docs = (await guarded(() => {
      const cursor = this.collection(collection).find(filter, { projection });
      return (query.unordered ? cursor : cursor.sort(sort)).limit(query.limit + 1).toArray();
    })) as unknown as T[];
    if (query.unordered && docs.length > query.limit)
      throw new Error(`an unordered find of ${collection} must take every match`);
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
      for (const name of [
        `rm_${collection}`,
        `rm_${collection}__cas`,
        `rm_${collection}__lookup`,
      ]) {
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
