import { guarded, isDuplicateKey } from '@pb/storage';
import type { VersionedWrite, ViewDocument } from '../read-model-store.port';
import { insertEach } from './insert-each';
import type { ReadModelCollections } from './read-model-collections';

/** A write that replaces a stored document, at the version it expects. */
type Update = VersionedWrite & { readonly expectedVersion: number };

const isUpdate = (write: VersionedWrite): write is Update => write.expectedVersion !== null;

/** A version claim older than this was left by a writer that died between claiming and writing. */
const CLAIM_STALE_MS = 30_000;

/**
 * Compare-and-set on a MongoDB-wire server. A filtered replace is atomic on MongoDB but
 * not on FerretDB v1, where two writers can both match the old version; so the right to
 * write version v+1 is first claimed by inserting `<id>|<v+1>` under the unique `_id` of
 * a side collection, which every MongoDB-wire server makes atomic. A claim left by a
 * writer that died before writing is taken back after CLAIM_STALE_MS.
 */
export class VersionedWrites {
  constructor(private readonly collections: ReadModelCollections) {}

  /** Writes `doc` if the stored one has `expectedVersion` (null: if none is stored); whether it wrote. */
  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    const documents = this.collections.documents(collection);
    try {
      if (expectedVersion === null) {
        await guarded(() => documents.insertOne({ ...doc }));
        return true;
      }
      const claims = this.collections.claims(collection);
      const claimId = `${doc._id}|${expectedVersion + 1}`;
      try {
        await guarded(() => claims.insertOne({ _id: claimId, at: new Date().toISOString() }));
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        await this.releaseIfStale(collection, doc._id, expectedVersion, claimId);
        return false;
      }
      const result = await guarded(() =>
        documents.replaceOne({ _id: doc._id, _version: expectedVersion }, doc),
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
   * The same protocol in bulk: new documents in one unordered insertMany (a duplicate
   * key refuses that one only); changed ones claim their next version in one insertMany
   * on the side collection, are replaced in one bulkWrite, and are read back by `_id` to
   * learn which replacements matched (only the claimant can have written that version).
   * Returns the ids of the documents refused.
   */
  async putMany(collection: string, writes: readonly VersionedWrite[]): Promise<Set<string>> {
    const documents = this.collections.documents(collection);
    const refused = new Set<string>();
    const inserts = writes.filter((w) => w.expectedVersion === null).map((w) => ({ ...w.doc }));
    if (inserts.length > 0) {
      const failed = await insertEach(() => documents.insertMany(inserts, { ordered: false }));
      for (const index of failed) refused.add(inserts[index]!._id);
    }
    const updates = writes.filter(isUpdate);
    if (updates.length === 0) return refused;
    const claims = this.collections.claims(collection);
    const at = new Date().toISOString();
    const claimIds = updates.map((w) => `${w.doc._id}|${w.expectedVersion + 1}`);
    const unclaimed = await insertEach(() =>
      claims.insertMany(
        claimIds.map((_id) => ({ _id, at })),
        { ordered: false },
      ),
    );
    for (const index of unclaimed) {
      const { doc, expectedVersion } = updates[index]!;
      await this.releaseIfStale(collection, doc._id, expectedVersion, claimIds[index]!);
      refused.add(doc._id);
    }
    const claimed = updates.filter((_, index) => !unclaimed.has(index));
    if (claimed.length === 0) return refused;
    await guarded(() =>
      documents.bulkWrite(
        claimed.map(({ doc, expectedVersion }) => ({
          replaceOne: { filter: { _id: doc._id, _version: expectedVersion }, replacement: doc },
        })),
        { ordered: false },
      ),
    );
    const stored = new Map(
      (
        await guarded(() =>
          documents
            .find({ _id: { $in: claimed.map((w) => w.doc._id) } }, { projection: { _version: 1 } })
            .toArray(),
        )
      ).map((doc) => [doc._id, doc._version]),
    );
    const done: string[] = [];
    for (const { doc, expectedVersion } of claimed) {
      if (stored.get(doc._id) === doc._version) done.push(`${doc._id}|${expectedVersion}`);
      else {
        refused.add(doc._id);
        done.push(`${doc._id}|${expectedVersion + 1}`);
      }
    }
    await guarded(() => claims.deleteMany({ _id: { $in: done } }));
    return refused;
  }

  private async releaseIfStale(
    collection: string,
    id: string,
    expectedVersion: number,
    claimId: string,
  ): Promise<void> {
    const claims = this.collections.claims(collection);
    const claim = await guarded(() => claims.findOne({ _id: claimId }));
    if (!claim || Date.now() - Date.parse(claim.at) < CLAIM_STALE_MS) return;
    const current = await guarded(() =>
      this.collections.documents(collection).findOne({ _id: id }),
    );
    if (current?._version === expectedVersion)
      await guarded(() => claims.deleteOne({ _id: claimId, at: claim.at }));
  }
}
