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
