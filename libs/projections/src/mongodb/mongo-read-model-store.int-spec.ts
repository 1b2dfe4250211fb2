import { connectMongo } from '@pb/event-store';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { readModelStoreContract } from '../read-model-store.contract';
import { MongoReadModelStore } from './mongo-read-model-store';

describe('MongoReadModelStore (MongoDB wire server)', () => {
  readModelStoreContract(async () => {
    const { client, db } = await connectMongo({
      uri: mongoUri(),
      database: uniqueName('pb_views'),
    });
    return new MongoReadModelStore(db, async () => {
      await db.dropDatabase();
      await client.close();
    });
  });
});

describe('MongoReadModelStore compare-and-set on a server without atomic filtered updates', () => {
  it('lets exactly one of many concurrent writers win, again and again', async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_cas') });
    const views = new MongoReadModelStore(db);
    await views.put('rows', { _id: 'a', _version: 1, n: 0 });
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          views.putIfVersion('rows', { _id: 'a', _version: round + 1, n: i }, round),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    }
    expect(await views.get('rows', 'a')).toMatchObject({ _version: 6 });
    await db.dropDatabase();
    await client.close();
  });

  it('takes back a version claim left by a writer that died before writing', async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_cas') });
    const views = new MongoReadModelStore(db);
    await views.put('rows', { _id: 'a', _version: 1, n: 0 });
    await db
      .collection<{ _id: string; at: string }>('rm_rows__cas')
      .insertOne({ _id: 'a|2', at: '2020-01-01T00:00:00.000Z' });
    expect(await views.putIfVersion('rows', { _id: 'a', _version: 2, n: 1 }, 1)).toBe(false);
    expect(await views.putIfVersion('rows', { _id: 'a', _version: 2, n: 2 }, 1)).toBe(true);
    await db
      .collection<{ _id: string; at: string }>('rm_rows__cas')
      .insertOne({ _id: 'a|3', at: new Date().toISOString() });
    expect(await views.putIfVersion('rows', { _id: 'a', _version: 3, n: 3 }, 2)).toBe(false);
    expect(await views.putIfVersion('rows', { _id: 'a', _version: 3, n: 3 }, 2)).toBe(false);
    await db.dropDatabase();
    await client.close();
  });
});
