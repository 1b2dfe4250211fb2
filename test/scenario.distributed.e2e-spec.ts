import { connectMongo, MongoEventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import { checkConsistency, MongoReadModelStore } from '@pb/projections';
import type { Db, MongoClient } from 'mongodb';
import { ApiClient } from './support/api-client';
import { countEventsByType } from './support/event-counts';
import { until } from './support/http';
import { AppProcess, freePort } from './support/processes';
import { runSeed000Scenario } from './support/seed-000-scenario';
import { kafkaBrokers, mongoUri, uniqueName } from './support/servers';

jest.setTimeout(300000);

describe('the seed-000 scenario in distributed mode (api, relay, projector on MongoDB and Kafka)', () => {
  let apps: AppProcess[] = [];
  let client: MongoClient;
  let db: Db;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    const database = uniqueName('pb_seed');
    const env = {
      MODE: 'distributed',
      PORT: String(port),
      MONGODB_URI: mongoUri(),
      MONGODB_DB: database,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_TOPIC: uniqueName('pb.seed.events'),
      PROJECTOR_GROUP: uniqueName('pb.seed.projector'),
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      KAFKA_HEARTBEAT_INTERVAL_MS: '500',
    };
    base = `http://127.0.0.1:${port}`;
    ({ client, db } = await connectMongo({ uri: mongoUri(), database }));
    apps = [
      new AppProcess('relay', env).start(),
      new AppProcess('projector', env).start(),
      new AppProcess('api', env).start(),
    ];
    await Promise.all([
      apps[0]!.waitFor(/relay started/),
      apps[1]!.waitFor(/projector started/),
      apps[2]!.waitFor(/listening on/),
    ]);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await db?.dropDatabase();
    await client?.close();
  });

  it('leaves exactly the events the scenario implies, and views that agree with them', async () => {
    const expected = await runSeed000Scenario(new ApiClient(base), '', 6);
    const store = new MongoEventStore(db);
    expect(await countEventsByType(store)).toEqual(expected);
    const views = new MongoReadModelStore(db);
    await until(
      () => store.countUndispatched(),
      (n) => n === 0,
      60000,
      'the relay to drain the outbox',
    );
    await until(
      async () => (await checkConsistency(store, views, ENTITY_PROJECTIONS)).differences.length,
      (n) => n === 0,
      60000,
      'the views to agree with the store',
    );
  });
});
