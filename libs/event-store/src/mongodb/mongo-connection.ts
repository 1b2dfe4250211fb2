import { MongoClient, type Db } from 'mongodb';

export interface MongoSettings {
  readonly uri: string;
  readonly database: string;
}

/**
 * One client per process. Short selection and connect timeouts make a dead store
 * answer 503 within about two seconds instead of thirty.
 */
export async function connectMongo(
  settings: MongoSettings,
): Promise<{ client: MongoClient; db: Db }> {
  const client = new MongoClient(settings.uri, {
    serverSelectionTimeoutMS: 2000,
    connectTimeoutMS: 2000,
    socketTimeoutMS: 20000,
    maxPoolSize: 32,
    retryWrites: false,
    writeConcern: { w: 'majority', journal: true },
  });
  await client.connect();
  return { client, db: client.db(settings.database) };
}
