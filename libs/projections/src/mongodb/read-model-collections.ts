import type { Collection, Db } from 'mongodb';
import type { ViewDocument } from '../read-model-store.port';
import { isInternalCollection } from '../read-model-names';
import { fromBson } from './bson-dates';

/** The right to write one version of a document, `<id>|<version>`, and when it was claimed. */
export interface VersionClaim {
  readonly _id: string;
  readonly at: string;
}

/** The prefix of the views, the only collections other systems may read (docs/read-models.md). */
export const VIEW_PREFIX = 'rm_';
/** The prefix of the read side's own bookkeeping. */
export const INTERNAL_PREFIX = 'internal_';

/** The physical collections of one read model: its documents, version claims and lookup entries. */
export function physicalNames(name: string): {
  documents: string;
  claims: string;
  entries: string;
} {
  return {
    documents: `${isInternalCollection(name) ? INTERNAL_PREFIX : VIEW_PREFIX}${name}`,
    claims: `${INTERNAL_PREFIX}${name}__cas`,
    entries: `${INTERNAL_PREFIX}${name}__lookup`,
  };
}

/**
 * The MongoDB collections of each read model: its documents under `rm_<name>` for a
 * view and `internal_<name>` for bookkeeping, and beside them, always internal, the
 * version claims of its compare-and-set (`internal_<name>__cas`); the lookup entries of
 * earlier versions (`internal_<name>__lookup`) are only moved and dropped.
 */
export class ReadModelCollections {
  constructor(readonly db: Db) {}

  documents(name: string): Collection<ViewDocument> {
    return this.db.collection<ViewDocument>(physicalNames(name).documents);
  }

  claims(name: string): Collection<VersionClaim> {
    return this.db.collection<VersionClaim>(physicalNames(name).claims);
  }

  /** The names of every collection in the database. */
  async existing(): Promise<Set<string>> {
    const listed = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return new Set(listed.map((collection) => collection.name));
  }

  /** Drops the read model's collections, those that exist. */
  async drop(name: string): Promise<void> {
    const existing = await this.existing();
    for (const collection of Object.values(physicalNames(name)))
      if (existing.has(collection)) await this.db.collection(collection).drop();
  }
}

/**
 * A stored document as the type its reader names, its dates back to the ISO strings
 * they were written as. Nothing here can check that type: a collection holds what its
 * projection wrote, and the port's caller says which that is (as SQLite's adapter takes
 * its documents from JSON.parse).
 */
export function asView<T extends ViewDocument>(doc: ViewDocument): T {
  return fromBson(doc) as T;
}
