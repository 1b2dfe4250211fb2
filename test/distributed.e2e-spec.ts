import { randomUUID } from 'node:crypto';
import { connectMongo, MongoEventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import { checkConsistency, MongoReadModelStore } from '@pb/projections';
import type { Db, MongoClient } from 'mongodb';
import { expectNothingLostNorDuplicated } from './support/expectations';
import { call, until } from './support/http';
import { AppProcess, freePort } from './support/processes';
import { kafkaBrokers, mongoUri, uniqueName } from './support/servers';
import { newAcknowledged, runSocietyLoad } from './support/society-load';

jest.setTimeout(180000);

describe('distributed mode: api, relay and projector as three processes on MongoDB and Kafka', () => {
  let env: Record<string, string>;
  let base: string;
  let api: AppProcess;
  let relay: AppProcess;
  let projector: AppProcess;
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const port = await freePort();
    const database = uniqueName('pb_e2e');
    env = {
      MODE: 'distributed',
      PORT: String(port),
      MONGODB_URI: mongoUri(),
      MONGODB_DB: database,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_TOPIC: uniqueName('pb.e2e.events'),
      KAFKA_PARTITIONS: '4',
      PROJECTOR_GROUP: uniqueName('pb.e2e.projector'),
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      KAFKA_HEARTBEAT_INTERVAL_MS: '500',
    };
    base = `http://127.0.0.1:${port}`;
    ({ client, db } = await connectMongo({ uri: mongoUri(), database }));
    relay = new AppProcess('relay', env).start();
    projector = new AppProcess('projector', env).start();
    api = new AppProcess('api', env).start();
    await Promise.all([
      api.waitFor(/listening on/),
      relay.waitFor(/relay started/),
      projector.waitFor(/projector started/),
    ]);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), relay?.stop(), projector?.stop()]);
    await db?.dropDatabase();
    await client?.close();
  });

  it('carries a registration from the api through the relay, Kafka and the projector to GET /societies/:id', async () => {
    const name = `分布式模式学会-${randomUUID().slice(0, 8)}`;
    const created = await call(base, 'POST', '/societies', {
      name,
      kind: 'association',
      creditCode: '91350100M000100Y43',
    });
    expect(created.status).toBe(201);
    const read = await call(base, 'GET', `/societies/${created.body.id}?minVersion=1`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: created.body.id, name, kind: 'association', version: 1 });
    expect((await call(base, 'POST', '/societies', { name, kind: 'society' })).status).toBe(409);
    expect((await call(base, 'GET', `/societies/${randomUUID()}`)).status).toBe(404);
    expect((await call(base, 'POST', '/societies', { name: '', kind: 'society' })).status).toBe(
      400,
    );
  });

  it('loses nothing and duplicates nothing when the relay and the projector are killed mid-stream', async () => {
    const ack = newAcknowledged();
    let stopped = false;
    const load = runSocietyLoad(
      () => base,
      ack,
      () => stopped,
      4,
    );
    const progress = async (more: number) => {
      const target = ack.societies.size + more;
      await until(
        async () => ack.societies.size,
        (n) => n >= target,
        60000,
        `${target} acknowledged registrations`,
      );
    };

    await progress(10);
    await relay.crash();
    await progress(10);
    relay = new AppProcess('relay', env).start();
    await relay.waitFor(/relay started/);
    await progress(10);
    await projector.crash();
    await progress(10);
    projector = new AppProcess('projector', env).start();
    await projector.waitFor(/projector started/);
    await progress(10);
    await Promise.all([relay.crash(), projector.crash()]);
    relay = new AppProcess('relay', env).start();
    projector = new AppProcess('projector', env).start();
    await Promise.all([relay.waitFor(/relay started/), projector.waitFor(/projector started/)]);
    await progress(10);
    stopped = true;
    await load;
    expect(ack.failed).toBe(0);

    const store = new MongoEventStore(db);
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
      'the views to catch up',
    );
    const report = await expectNothingLostNorDuplicated(store, views, ack);
    expect(report.events).toBeGreaterThanOrEqual(ack.societies.size * 2);
  });
});
