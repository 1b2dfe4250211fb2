import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { relayLeaseContract } from './lease.contract';
import { LEASE_CLAIM_STALE_MS, MongoRelayLease } from './mongo-lease';
import { SqliteRelayLease } from './sqlite-lease';

async function mongoLease() {
  const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_lease') });
  const lease = new MongoRelayLease(db);
  lease.close = async () => {
    await db.dropDatabase();
    await client.close();
  };
  return { db, lease };
}

describe('SqliteRelayLease (embedded)', () => {
  relayLeaseContract(
    async () =>
      new SqliteRelayLease(join(mkdtempSync(join(tmpdir(), 'pb-lease-')), 'events.sqlite')),
  );
});

describe('MongoRelayLease (MongoDB wire server)', () => {
  relayLeaseContract(async () => (await mongoLease()).lease);

  it('is not stuck for good by a holder that died between claiming a version and writing it', async () => {
    const { db, lease } = await mongoLease();
    const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
    try {
      await lease.tryAcquire('relay-a', 1000, at(0));
      await db.collection<{ _id: string; at: string }>('lease_claims').insertOne({
        _id: 'relay|2',
        at: at(1000).toISOString(),
      });
      const stale = 1000 + LEASE_CLAIM_STALE_MS;
      expect(await lease.tryAcquire('relay-b', 1000, at(stale - 1))).toBe(false);
      // The stale claim is dropped by this attempt, which still loses; the next one wins.
      expect(await lease.tryAcquire('relay-b', 1000, at(stale))).toBe(false);
      expect(await lease.tryAcquire('relay-b', 1000, at(stale))).toBe(true);
    } finally {
      await lease.close();
    }
  });
});
