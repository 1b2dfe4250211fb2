import { guarded, INDEX_BUILD_MS } from '@pb/storage';
import { MongoServerError, type Db } from 'mongodb';
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
import type { CollectionMove } from '../read-model-names';
import { toBson, toBsonValue } from './bson-dates';
import {
  adoptEarlierNames,
  dropLookupEntries,
  logicalNames,
  replaceCollections,
} from './collection-moves';
import { findByScan } from './find-by-scan';
import { asView, ReadModelCollections } from './read-model-collections';
import { VersionedWrites } from './versioned-writes';

/** The server's answer to creating a collection that exists. */
const NAMESPACE_EXISTS = 48;

/**
 * Read models on MongoDB, one collection each, with an index `{<field>: 1, _id: 1}` per
 * indexed or lookup field (docs/adr/0010-secondary-indexes.md). Instants are stored as BSON dates and read back as the ISO strings
 * they were written as (bson-dates.ts); the names are in read-model-collections.ts.
 */
export class MongoReadModelStore extends ReadModelStore {
  private readonly physical: ReadModelCollections;
  private readonly writes: VersionedWrites;

  constructor(
    db: Db,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    super();
    this.physical = new ReadModelCollections(db);
    this.writes = new VersionedWrites(this.physical);
  }

  /** FerretDB v1 counts by reading every document. */
  override get countsCheaply(): boolean {
    return false;
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    const documents = this.physical.documents(spec.name);
    // The indexes of a rebuild are built over every document at once: minutes at a million.
    await guarded(async () => {
      // Created even while empty, so that a rebuild moves an empty view over a stale one.
      try {
        await this.physical.db.createCollection(documents.collectionName);
      } catch (error) {
        if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
      }
      const fields = new Set([
        ...spec.indexes,
        ...(spec.lookups ?? []),
        ...(spec.arrayIndexes ?? []),
      ]);
      const keys = [...[...fields].map((field) => [field]), ...(spec.compoundIndexes ?? [])];
      for (const key of keys) {
        await documents.createIndex(
          { ...Object.fromEntries(key.map((field) => [assertFieldName(field), 1])), _id: 1 },
          { name: `${key.join('_')}_id`, timeoutMS: INDEX_BUILD_MS },
        );
      }
    }, INDEX_BUILD_MS);
  }

  async get<T extends ViewDocument>(collection: string, id: string): Promise<T | null> {
    const doc = await guarded(() => this.physical.documents(collection).findOne({ _id: id }));
    return doc === null ? null : asView<T>(doc);
  }

  async getMany<T extends ViewDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const docs = await guarded(() =>
      this.physical
        .documents(collection)
        .find({ _id: { $in: [...ids] } })
        .toArray(),
    );
    return docs.map((doc) => asView<T>(doc));
  }

  async put(collection: string, doc: ViewDocument): Promise<void> {
    await guarded(() =>
      this.physical
        .documents(collection)
        .replaceOne({ _id: doc._id }, toBson(doc), { upsert: true }),
    );
  }

  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    return this.writes.putIfVersion(collection, toBson(doc), expectedVersion);
  }

  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    const refused = await this.writes.putMany(
      collection,
      writes.map((write) => ({ ...write, doc: toBson(write.doc) })),
    );
    return [...refused];
  }

  async find<T extends ViewDocument>(collection: string, query: FindQuery): Promise<FindResult<T>> {
    return findByScan<T>(this.physical, collection, query);
  }

  async count(collection: string, where: Readonly<Record<string, Scalar>> = {}): Promise<number> {
    return guarded(() =>
      this.physical
        .documents(collection)
        .countDocuments(
          Object.fromEntries(
            Object.entries(where).map(([field, value]) => [field, toBsonValue(value)]),
          ),
        ),
    );
  }

  async drop(collection: string): Promise<void> {
    await guarded(() => this.physical.drop(collection));
  }

  async collections(): Promise<string[]> {
    return guarded(() => logicalNames(this.physical));
  }

  async replaceCollections(moves: readonly CollectionMove[]): Promise<void> {
    await guarded(() => replaceCollections(this.physical, moves));
  }

  override async prepare(): Promise<void> {
    await guarded(async () => {
      await adoptEarlierNames(this.physical);
      await dropLookupEntries(this.physical);
    });
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}
