import { guarded } from '@pb/storage';
import type { FindQuery, FindResult, VersionedWrite, ViewDocument } from '../read-model-store.port';
import { insertEach } from './insert-each';
import { addedEntries, findByLookup, lookupPrefix, removedEntries } from './lookup-entries';
import { asView, type ReadModelCollections } from './read-model-collections';

/** The entry that says a collection's lookup entries cover every document; no lookup key starts with `#`. */
const LOOKUPS_COMPLETE = '#complete';

/** Documents read per batch when entries are given to the documents already stored. */
const BACKFILL_BATCH = 1000;

/**
 * The lookup entries of the read models (docs/adr/0007-lookups-as-id-ranges.md): which
 * collections keep them and for which fields, the entries written around the documents,
 * and the finds they answer.
 */
export class MongoLookups {
  /**
   * The lookups declared, by the collection name received: a generation's collection is
   * declared on its own, and only a declared one keeps entries.
   */
  private readonly declared = new Map<string, readonly string[]>();

  constructor(private readonly collections: ReadModelCollections) {}

  async declare(collection: string, fields: readonly string[]): Promise<void> {
    await this.backfill(collection, fields);
    this.declared.set(collection, fields);
  }

  /**
   * Gives every document already stored its lookup entries, once per collection: read
   * models written before their lookups were declared would otherwise be missed by
   * finds. A marker entry records that it was done; a crash before it means doing it
   * again, which is harmless (an entry already there is what we want).
   */
  private async backfill(collection: string, fields: readonly string[]): Promise<void> {
    const entries = this.collections.entries(collection);
    if (await guarded(() => entries.findOne({ _id: LOOKUPS_COMPLETE }))) return;
    const projection = Object.fromEntries(fields.map((field) => [field, 1]));
    const docs = this.collections
      .documents(collection)
      .find({}, { projection })
      .batchSize(BACKFILL_BATCH);
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
        pending.push({ doc: asView(doc) });
        if (pending.length === BACKFILL_BATCH) await flush();
      }
      await flush();
    });
    await insertEach(() => entries.insertMany([{ _id: LOOKUPS_COMPLETE }], { ordered: false }));
  }

  /**
   * Inserts the lookup entries the documents gain, before the documents are written: an
   * entry without its document is skipped by finds, a document without its entry would
   * be missed by them. An entry already there is what we want.
   */
  async add(
    collection: string,
    writes: readonly Pick<VersionedWrite, 'doc' | 'before'>[],
  ): Promise<void> {
    const fields = this.declared.get(collection);
    const added = fields ? addedEntries(writes, fields) : [];
    if (added.length > 0)
      await insertEach(() =>
        this.collections.entries(collection).insertMany(
          added.map((_id) => ({ _id })),
          { ordered: false },
        ),
      );
  }

  /** Deletes the entries of values the written documents no longer hold, once written. */
  async remove(collection: string, written: readonly VersionedWrite[]): Promise<void> {
    const fields = this.declared.get(collection);
    const removed = fields ? removedEntries(written, fields) : [];
    if (removed.length > 0)
      await guarded(() =>
        this.collections.entries(collection).deleteMany({ _id: { $in: removed } }),
      );
  }

  /** The find answered from the entries, or null when the query needs a scan of the documents. */
  find<T extends ViewDocument>(
    collection: string,
    query: FindQuery,
  ): Promise<FindResult<T>> | null {
    const prefix = lookupPrefix(query, this.declared.get(collection));
    if (prefix === null) return null;
    return findByLookup<T>(
      this.collections.entries(collection),
      this.collections.documents(collection),
      prefix,
      query,
    );
  }
}
