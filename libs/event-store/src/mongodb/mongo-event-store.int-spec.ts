import { MongoClient, type Db } from 'mongodb';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { GENESIS_HASH, StreamVersionConflict, type EventStore, type StoredCommit } from '../index';
import {
  appendChain,
  commitOf,
  eventStoreContract,
  uniqueClaimsContract,
} from '../event-store.contract';
import { MongoClaims } from './mongo-claims';
import { MongoEventStore, type AppendStep } from './mongo-event-store';
import { ENTRY_GRACE_MS } from './mongo-outbox';

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
  /** The monotonic clock of the store's outbox, moved by the tests. */
  let clock: number;
  const now = () => clock;

  beforeEach(async () => {
    ({ db, close } = await freshDb());
    clock = 0;
    store = await new MongoEventStore(db, undefined, now).init();
  });
  afterEach(() => close());

  const outbox = () => db.collection<{ _id: string; commitId: string }>('outbox');
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  /** What a crash of an earlier version between its commit and its outbox entry left. */
  async function loseOutboxEntryAsBefore(commit: StoredCommit): Promise<void> {
    const { deletedCount } = await outbox().deleteMany({ commitId: commit.id });
    expect(deletedCount).toBe(1);
    await db
      .collection<{ _id: string }>('commits')
      .updateOne({ _id: commit.id }, { $set: { dispatched: false } });
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

  it('publishes, once, the commits an earlier version left flagged undispatched without an entry', async () => {
    const [orphan] = await appendChain(store, 'society-o', 1);
    const [first] = await appendChain(store, 'society-a', 2);
    await loseOutboxEntryAsBefore(orphan!);
    await loseOutboxEntryAsBefore(first!);
    await appendChain(store, 'society-b', 3);
    const upgraded = await new MongoEventStore(db).init();
    const published = (await drain(upgraded, 2)).flat();
    expect([...published].sort()).toEqual([
      'society-a:0000000001',
      'society-a:0000000002',
      'society-b:0000000001',
      'society-b:0000000002',
      'society-b:0000000003',
      'society-o:0000000001',
    ]);
    expect(published.indexOf('society-a:0000000001')).toBeLessThan(
      published.indexOf('society-a:0000000002'),
    );
    // The flags are gone: the next start has nothing to publish again.
    expect(await drain(await new MongoEventStore(db).init(), 2)).toEqual([]);
    expect(await store.countUndispatched()).toBe(0);
  });

  it('waits for the commit of an entry, and drops it once the grace has passed without one', async () => {
    await outbox().insertOne({
      _id: `${ago(1000)}|society-dead:0000000001`,
      commitId: 'society-dead:0000000001',
    });
    await appendChain(store, 'society-b', 2);
    expect(await drain(store, 10)).toEqual([['society-b:0000000001', 'society-b:0000000002']]);
    await outbox().insertOne({
      _id: `${ago(500)}|society-slow:0000000001`,
      commitId: 'society-slow:0000000001',
    });
    // Whatever the wall clock says, the grace runs on the relay's clock from its first look.
    clock += ENTRY_GRACE_MS;
    expect(await drain(store, 10)).toEqual([]);
    expect((await outbox().find({}).toArray()).map((entry) => entry.commitId)).toEqual([
      'society-slow:0000000001',
    ]);
  });

  it('publishes a commit whose writer paused past the grace between its entry and its commit', async () => {
    class PausingStore extends MongoEventStore {
      protected override async reached(step: AppendStep): Promise<void> {
        if (step !== 'outbox-entry') return;
        // The relay looks, and looks again after the grace: it drops the entry.
        expect(await drain(store, 10)).toEqual([]);
        clock += ENTRY_GRACE_MS;
        expect(await drain(store, 10)).toEqual([]);
        expect(await store.countUndispatched()).toBe(0);
      }
    }
    const paused = new PausingStore(db, undefined, now);
    await paused.append(commitOf('society-p', 1, GENESIS_HASH, { recordedAt: ago(0) }));
    expect(await drain(store, 10)).toEqual([['society-p:0000000001']]);
  });

  it('hands out a stream in seq order even where its times go back', async () => {
    const first = await store.append(
      commitOf('society-t', 1, GENESIS_HASH, { recordedAt: ago(0) }),
    );
    await store.append(commitOf('society-t', 2, first.hash, { recordedAt: ago(5000) }));
    await appendChain(store, 'society-u', 1);
    const published = (await drain(store, 10)).flat();
    expect(published.filter((id) => id.startsWith('society-t'))).toEqual([
      'society-t:0000000001',
      'society-t:0000000002',
    ]);
    expect(published).toHaveLength(3);
  });

  it("publishes the winner of a race for a seq once, and drops the loser's entry", async () => {
    const [winner, loser] = [ago(1000), ago(500)].map((recordedAt, i) =>
      commitOf('society-r', 1, GENESIS_HASH, { recordedAt, commandId: `race-${i}` }),
    );
    await store.append(winner!);
    await expect(store.append(loser!, { retriable: false })).rejects.toBeInstanceOf(
      StreamVersionConflict,
    );
    expect(await store.countUndispatched()).toBe(2);
    expect(await drain(store, 10)).toEqual([['society-r:0000000001']]);
    expect(await store.countUndispatched()).toBe(0);
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
