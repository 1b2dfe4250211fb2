import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { credentialStoreContract } from './credential-store.contract';
import { MongoCredentialStore } from './mongo-credential-store';
import { SqliteCredentialStore } from './sqlite-credential-store';

describe('SqliteCredentialStore (embedded)', () => {
  credentialStoreContract(
    async () =>
      new SqliteCredentialStore(join(mkdtempSync(join(tmpdir(), 'pb-cred-')), 'events.sqlite')),
  );
});

describe('MongoCredentialStore (MongoDB wire server)', () => {
  credentialStoreContract(async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_cred') });
    const store = new MongoCredentialStore(db);
    store.close = async () => {
      await db.dropDatabase();
      await client.close();
    };
    return store;
  });
});
