import { MongoClient } from 'mongodb';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { eventStoreContract, uniqueClaimsContract } from '../event-store.contract';
import { MongoClaims } from './mongo-claims';
import { connectMongo } from './mongo-connection';
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

describe('MongoClaims (MongoDB wire server)', () => {
  uniqueClaimsContract(async () => {
    const { db, close } = await freshDb();
    const claims = new MongoClaims(db);
    claims.close = close;
    return claims;
  });
});
