import { randomUUID } from 'node:crypto';
import { MongoEventStore } from '@pb/event-store';
import { MongoReadModelStore } from '@pb/projections';
import { Cluster } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { call, until } from './support/http';
import { newAcknowledged, runSocietyLoad } from './support/society-load';

jest.setTimeout(180000);

describe('distributed mode: api, relay and projector as three processes on MongoDB and Kafka', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start('e2e');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('carries a registration from the api through the relay, Kafka and the projector to GET /societies/:id', async () => {
    const base = cluster.base;
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

  it('refuses an Idempotency-Key sent again with another body (422), and replays a commit made before requests were hashed', async () => {
    const base = cluster.base;
    const headers = { 'Idempotency-Key': `reuse-${randomUUID()}` };
    const name = `分布式幂等学会-${randomUUID().slice(0, 8)}`;
    const first = await call(base, 'POST', '/societies', { name, kind: 'society' }, headers);
    expect(first.status).toBe(201);
    const again = await call(base, 'POST', '/societies', { kind: 'society', name }, headers);
    expect([again.status, again.body]).toEqual([201, { ...first.body, replayed: true }]);
    const other = { name: `${name}乙`, kind: 'society' };
    const refused = await call(base, 'POST', '/societies', other, headers);
    expect([refused.status, refused.body.code]).toEqual([422, 'IDEMPOTENCY.KEY_REUSED']);

    const commits = cluster.db.collection('commits');
    const where = { streamId: first.body.streamId, seq: 1 };
    const { requestHash } = (await commits.findOne(where))!;
    expect(requestHash).toMatch(/^[0-9a-f]{64}$/);
    // As a release before request hashes stored it; put back after, so the chain verifies.
    await commits.updateOne(where, { $unset: { requestHash: 1 } });
    try {
      const legacy = await call(base, 'POST', '/societies', other, headers);
      expect([legacy.status, legacy.body]).toEqual([201, { ...first.body, replayed: true }]);
    } finally {
      await commits.updateOne(where, { $set: { requestHash } });
    }
    expect(await commits.countDocuments({ streamId: first.body.streamId })).toBe(1);
  });

  it("shares the partitions between two projectors and hands a killed one's partitions to the other without loss", async () => {
    const second = await cluster.startExtra('projector', 'second');
    const holds = (app: { log(): string }) => {
      const all = [...app.log().matchAll(/holds partitions \[([0-9,]*)\]/g)];
      const last = all[all.length - 1];
      return last ? last[1]!.split(',').filter(Boolean).map(Number) : [];
    };
    await until(
      async () => holds(second).length,
      (n) => n > 0,
      30000,
      'the second projector to get partitions',
    );
    await until(
      async () => holds(cluster.app('projector')).length + holds(second).length,
      (n) => n === 4,
      30000,
      'the two projectors to share the 4 partitions',
    );
    expect(holds(cluster.app('projector')).length).toBeGreaterThan(0);

    const ack = newAcknowledged();
    let stopped = false;
    const load = runSocietyLoad(
      () => cluster.base,
      ack,
      () => stopped,
      4,
    );
    await until(
      async () => ack.societies.size,
      (n) => n >= 15,
      60000,
      'registrations before the kill',
    );
    await cluster.app('projector').crash();
    await until(
      async () => holds(second).length,
      (n) => n === 4,
      30000,
      'the survivor to take all 4 partitions',
    );
    const target = ack.societies.size + 15;
    await until(
      async () => ack.societies.size,
      (n) => n >= target,
      60000,
      'registrations after the kill',
    );
    stopped = true;
    await load;
    const store = new MongoEventStore(cluster.db);
    const views = new MongoReadModelStore(cluster.db);
    await waitForClusterToSettle(store, views);
    await expectNothingLostNorDuplicated(store, views, ack);
    await cluster.restart('projector');
  });

  it('loses nothing and duplicates nothing when the relay and the projector are killed mid-stream', async () => {
    const ack = newAcknowledged();
    let stopped = false;
    const load = runSocietyLoad(
      () => cluster.base,
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
    await cluster.app('relay').crash();
    await progress(10);
    await cluster.restart('relay');
    await progress(10);
    await cluster.app('projector').crash();
    await progress(10);
    await cluster.restart('projector');
    await progress(10);
    await Promise.all([cluster.app('relay').crash(), cluster.app('projector').crash()]);
    await Promise.all([cluster.restart('relay'), cluster.restart('projector')]);
    await progress(10);
    stopped = true;
    await load;
    expect(ack.failed).toBe(0);

    const store = new MongoEventStore(cluster.db);
    const views = new MongoReadModelStore(cluster.db);
    await waitForClusterToSettle(store, views);
    const report = await expectNothingLostNorDuplicated(store, views, ack);
    expect(report.events).toBeGreaterThanOrEqual(ack.societies.size * 2);
  });
});
