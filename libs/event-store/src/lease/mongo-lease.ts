import type { Collection, Db } from 'mongodb';
import { guarded, isDuplicateKey } from '@pb/storage';
import { expiryOf, RELAY_LEASE_ID, RelayLease } from './lease.port';

interface LeaseDocument {
  _id: string;
  holder: string;
  /** ISO 8601, so that expiry compares as a string. */
  expiresAt: string;
  /** Bumped by every change: the compare-and-set key. */
  version: number;
}

/** The right to write one version of the lease: `<lease id>|<version>`. */
interface VersionClaim {
  _id: string;
  at: string;
}

/** A claim this old was left by a holder that died between claiming and writing. */
export const LEASE_CLAIM_STALE_MS = 10_000;

/**
 * The lease as one document in `leases`, changed by compare-and-set on `version`. A
 * filtered update is atomic on MongoDB but not on FerretDB v1, where two writers can
 * both match the old version and both win; so the right to write version v+1 is first
 * claimed by inserting `relay|<v+1>` into `lease_claims`, whose unique `_id` every
 * MongoDB-wire server enforces (the read models do the same). Every filter names `_id`,
 * the only field FerretDB serves from an index.
 */
export class MongoRelayLease extends RelayLease {
  private readonly leases: Collection<LeaseDocument>;
  private readonly claims: Collection<VersionClaim>;

  constructor(db: Db) {
    super();
    this.leases = db.collection<LeaseDocument>('leases');
    this.claims = db.collection<VersionClaim>('lease_claims');
  }

  async tryAcquire(holder: string, ttlMs: number, now: Date): Promise<boolean> {
    const expiresAt = expiryOf(ttlMs, now);
    const current = await guarded(() => this.leases.findOne({ _id: RELAY_LEASE_ID }));
    if (!current) {
      try {
        await guarded(() =>
          this.leases.insertOne({ _id: RELAY_LEASE_ID, holder, expiresAt, version: 1 }),
        );
        return true;
      } catch (error) {
        // Someone else created it between our read and our insert: theirs, for now.
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    if (current.holder !== holder && current.expiresAt > now.toISOString()) return false;
    return this.write(current, { holder, expiresAt }, now);
  }

  async release(holder: string): Promise<void> {
    // Expired rather than deleted: the version keeps counting, so a late compare-and-set
    // made against the document before the release cannot succeed.
    const current = await guarded(() => this.leases.findOne({ _id: RELAY_LEASE_ID }));
    if (!current || current.holder !== holder) return;
    await this.write(current, { holder, expiresAt: new Date(0).toISOString() }, new Date());
  }

  /** Moves the lease from `current` to its next version; false when another writer did first. */
  private async write(
    current: LeaseDocument,
    change: Pick<LeaseDocument, 'holder' | 'expiresAt'>,
    now: Date,
  ): Promise<boolean> {
    const next = current.version + 1;
    const claim = claimId(next);
    try {
      await guarded(() => this.claims.insertOne({ _id: claim, at: now.toISOString() }));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await this.dropIfStale(claim, current.version, now);
      return false;
    }
    const result = await guarded(() =>
      this.leases.updateOne(
        { _id: RELAY_LEASE_ID, version: current.version },
        { $set: { ...change, version: next } },
      ),
    );
    if (result.modifiedCount !== 1) {
      await guarded(() => this.claims.deleteOne({ _id: claim }));
      return false;
    }
    await guarded(() => this.claims.deleteOne({ _id: claimId(current.version) }));
    return true;
  }

  /** Frees a version its claimer never wrote, so that the lease is not stuck for good. */
  private async dropIfStale(claim: string, version: number, now: Date): Promise<void> {
    const found = await guarded(() => this.claims.findOne({ _id: claim }));
    if (!found || now.getTime() - Date.parse(found.at) < LEASE_CLAIM_STALE_MS) return;
    const current = await guarded(() => this.leases.findOne({ _id: RELAY_LEASE_ID }));
    if (current?.version === version)
      await guarded(() => this.claims.deleteOne({ _id: claim, at: found.at }));
  }

  async close(): Promise<void> {}
}

function claimId(version: number): string {
  return `${RELAY_LEASE_ID}|${version}`;
}
