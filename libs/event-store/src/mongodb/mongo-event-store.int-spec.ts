import { MongoClient, type Db } from 'mongodb';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import type { EventStore, StoredCommit } from '../index';
import { appendChain, eventStoreContract, uniqueClaimsContract } from '../event-store.contract';
import { MongoClaims } from './mongo-claims';
import { MongoEventStore } from './mongo-event-store';

async function freshDb() {
  const database = uniqueName('pb_store');
  const { client, db } = await connectMongo({ uri: mongoUri(), database });
  return {
    db,
    close: async () => {
      await db.dropDatabase();
      await client.close();
    },
  };
}

describe('MongoEventStore (MongoDB wire server)', () => {
  eventStoreContract(async () => {
    const { db, close } = await freshDb();
    return new MongoEventStore(db, close).init();
  });

  it('fails fast with STORE.UNAVAILABLE when the server cannot be reached', async () => {
    const client = new MongoClient('mongodb://127.0.0.1:1/', { serverSelectionTimeoutMS: 500 });
    const store = new MongoEventStore(client.db('x'));
    const started = Date.now();
    await expect(store.readStream('society-a')).rejects.toMatchObject({
      code: 'STORE.UNAVAILABLE',
      kind: 'unavailable',
    });
    expect(Date.now() - started).toBeLessThan(3000);
    await client.close();
  });
});

describe('MongoEventStore outbox recovery (MongoDB wire server)', () => {
  let db: Db;
  let close: () => Promise<void>;
  let store: MongoEventStore;

  beforeEach(async () => {
    ({ db, close } = await freshDb());
    store = await new MongoEventStore(db).init();
  });
  afterEach(() => close());

  /** What a crash between a commit and its outbox entry leaves behind. */
  async function loseOutboxEntry(commit: StoredCommit): Promise<void> {
    const { deletedCount } = await db.collection('outbox').deleteMany({ commitId: commit.id });
    expect(deletedCount).toBe(1);
  }

  async function drain(target: EventStore, batchSize: number): Promise<string[][]> {
    const batches: string[][] = [];
    for (let round = 0; round < 20; round++) {
      const batch = await target.readUndispatched(batchSize);
      if (batch.length === 0) return batches;
      batches.push(batch.map((c) => c.id));
      await target.markDispatched(batch.map((c) => c.id));
    }
    throw new Error('the outbox did not drain');
  }

  it('publishes a commit that lost its outbox entry once the backlog is drained', async () => {
    const [orphan] = await appendChain(store, 'society-o', 1);
    await loseOutboxEntry(orphan!);
    await appendChain(store, 'society-b', 3);
    const batches = await drain(store, 2);
    // A full batch means a backlog: the sweep waits for the next, partial one.
    expect(batches[0]).toEqual(['society-b:0000000001', 'society-b:0000000002']);
    expect(batches.flat().sort()).toEqual([
      'society-b:0000000001',
      'society-b:0000000002',
      'society-b:0000000003',
      'society-o:0000000001',
    ]);
    expect(await store.countUndispatched()).toBe(0);
  });

  it("publishes a stream's commit that lost its entry before the stream's next, backlog or not", async () => {
    const [first] = await appendChain(store, 'society-a', 2);
    await loseOutboxEntry(first!);
    await appendChain(store, 'society-b', 3);
    const batches = await drain(store, 2);
    const published = batches.flat();
    expect([...published].sort()).toEqual([
      'society-a:0000000001',
      'society-a:0000000002',
      'society-b:0000000001',
      'society-b:0000000002',
      'society-b:0000000003',
    ]);
    expect(published.indexOf('society-a:0000000001')).toBeLessThan(
      published.indexOf('society-a:0000000002'),
    );
    // It went out with its successor in the first batch, not with the sweep.
    expect(batches[0]).toContain('society-a:0000000001');
  });
});

describe('MongoClaims (MongoDB wire server)', () => {
  uniqueClaimsContract(async () => {
    const { db, close } = await freshDb();
    const claims = new MongoClaims(db);
    claims.close = close;
    return claims;
  });
});
