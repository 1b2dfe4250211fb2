import type { Collection, Db } from 'mongodb';
import type { ViewDocument } from '../read-model-store.port';

/** The right to write one version of a document, `<id>|<version>`, and when it was claimed. */
export interface VersionClaim {
  readonly _id: string;
  readonly at: string;
}

/** A lookup entry, `<field>=<JSON value>|<document id>`: its key is all it holds. */
export interface LookupEntry {
  readonly _id: string;
}

/**
 * The MongoDB collections of each read model, prefixed `rm_` to keep them apart from
 * the commits: its documents, the version claims of its compare-and-set (`__cas`) and
 * its lookup entries (`__lookup`).
 */
export class ReadModelCollections {
  constructor(private readonly db: Db) {}

  documents(name: string): Collection<ViewDocument> {
    return this.db.collection<ViewDocument>(`rm_${name}`);
  }

  claims(name: string): Collection<VersionClaim> {
    return this.db.collection<VersionClaim>(`rm_${name}__cas`);
  }

  entries(name: string): Collection<LookupEntry> {
    return this.db.collection<LookupEntry>(`rm_${name}__lookup`);
  }

  /** Drops the read model's collections, those that exist. */
  async drop(name: string): Promise<void> {
    for (const collection of [`rm_${name}`, `rm_${name}__cas`, `rm_${name}__lookup`]) {
      const exists = await this.db.listCollections({ name: collection }).hasNext();
      if (exists) await this.db.collection(collection).drop();
    }
  }
}

/**
 * A stored document as the type its reader names. Nothing here can check that type: a
 * collection holds what its projection wrote, and the port's caller says which that is
 * (as SQLite's adapter takes its documents from JSON.parse).
 */
export function asView<T extends ViewDocument>(doc: ViewDocument): T {
  return doc as T;
}
