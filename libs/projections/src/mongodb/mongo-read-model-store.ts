import { guarded } from '@pb/storage';
import type { Db } from 'mongodb';
import {
  assertFieldName,
  ReadModelStore,
  type CollectionSpec,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from '../read-model-store.port';
import { findByScan } from './find-by-scan';
import { MongoLookups } from './mongo-lookups';
import { asView, ReadModelCollections } from './read-model-collections';
import { VersionedWrites } from './versioned-writes';

/** Read models on MongoDB, one collection each, with lookup entries where FerretDB serves no field index. */
export class MongoReadModelStore extends ReadModelStore {
  private readonly collections: ReadModelCollections;
  private readonly lookups: MongoLookups;
  private readonly writes: VersionedWrites;

  constructor(
    db: Db,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    super();
    this.collections = new ReadModelCollections(db);
    this.lookups = new MongoLookups(this.collections);
    this.writes = new VersionedWrites(this.collections);
  }

  /** Not on every MongoDB-wire server: FerretDB v1 serves only `_id` from an index. */
  override get servesFieldIndexes(): boolean {
    return false;
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    const documents = this.collections.documents(spec.name);
    await guarded(async () => {
      for (const field of spec.indexes) {
        await documents.createIndex(
          { [assertFieldName(field)]: 1, _id: 1 },
          { name: `${field}_id` },
        );
      }
    });
    if (spec.lookups?.length)
      await this.lookups.declare(spec.name, spec.lookups.map(assertFieldName));
  }

  async get<T extends ViewDocument>(collection: string, id: string): Promise<T | null> {
    const doc = await guarded(() => this.collections.documents(collection).findOne({ _id: id }));
    return doc === null ? null : asView<T>(doc);
  }

  async getMany<T extends ViewDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const docs = await guarded(() =>
      this.collections
        .documents(collection)
        .find({ _id: { $in: [...ids] } })
        .toArray(),
    );
    return docs.map((doc) => asView<T>(doc));
  }

  async put(collection: string, doc: ViewDocument): Promise<void> {
    await this.lookups.add(collection, [{ doc }]);
    await guarded(() =>
      this.collections.documents(collection).replaceOne({ _id: doc._id }, doc, { upsert: true }),
    );
  }

  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    await this.lookups.add(collection, [{ doc }]);
    return this.writes.putIfVersion(collection, doc, expectedVersion);
  }

  /** Lookup entries go in before the documents and out after them. */
  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    await this.lookups.add(collection, writes);
    const refused = await this.writes.putMany(collection, writes);
    await this.lookups.remove(
      collection,
      writes.filter((w) => !refused.has(w.doc._id)),
    );
    return [...refused];
  }

  async find<T extends ViewDocument>(collection: string, query: FindQuery): Promise<FindResult<T>> {
    // A filter on any field but `_id` is a scan of the collection on FerretDB: a
    // lookup's entries are a range of `_id` (docs/adr/0007-lookups-as-id-ranges.md).
    return (
      this.lookups.find<T>(collection, query) ?? findByScan<T>(this.collections, collection, query)
    );
  }

  async count(collection: string, where: Readonly<Record<string, Scalar>> = {}): Promise<number> {
    return guarded(() => this.collections.documents(collection).countDocuments({ ...where }));
  }

  async drop(collection: string): Promise<void> {
    await guarded(() => this.collections.drop(collection));
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}
