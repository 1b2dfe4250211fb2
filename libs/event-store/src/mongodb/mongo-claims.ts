import type { Collection, Db } from 'mongodb';
import { guarded, isDuplicateKey } from '@pb/storage';
import { UniqueClaims, type Claim } from '../claims.port';

/** Claims in a collection of their own, keyed by `_id`: no partial or sparse index needed. */
export class MongoClaims extends UniqueClaims {
  private readonly claims: Collection<{ _id: string; owner: string; at: string }>;

  constructor(db: Db) {
    super();
    this.claims = db.collection('claims');
  }

  async claim(key: string, owner: string, at: string): Promise<Claim> {
    try {
      await guarded(() => this.claims.insertOne({ _id: key, owner, at }));
      return { owner, at };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await guarded(() => this.claims.findOne({ _id: key }));
      return existing ? { owner: existing.owner, at: existing.at } : this.claim(key, owner, at);
    }
  }

  async transfer(key: string, from: string, to: string, at: string): Promise<boolean> {
    const result = await guarded(() =>
      this.claims.updateOne({ _id: key, owner: from }, { $set: { owner: to, at } }),
    );
    return result.modifiedCount === 1;
  }

  async ownerOf(key: string): Promise<string | null> {
    return (await guarded(() => this.claims.findOne({ _id: key })))?.owner ?? null;
  }

  async release(key: string, owner: string): Promise<void> {
    await guarded(() => this.claims.deleteOne({ _id: key, owner }));
  }

  async close(): Promise<void> {}
}
