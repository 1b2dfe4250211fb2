import { MongoEventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import {
  GenerationalReadModelStore,
  MongoReadModelStore,
  rebuildReadModels,
} from '@pb/projections';
import { ApiClient } from './support/api-client';
import { Cluster } from './support/cluster';
import { countEventsByType } from './support/event-counts';
import { waitForClusterToSettle, waitForViewsToCatchUp } from './support/expectations';
import { eventually } from './support/http';
import { expectReadSide } from './support/read-side-expectations';
import { expectSeedReport } from './support/report-expectations';
import { snapshotViews } from './support/snapshot';
import { runSeed000Scenario } from './support/seed-000-scenario';

jest.setTimeout(300000);

describe('the seed-000 scenario in distributed mode (api, relay, projector on MongoDB and Kafka)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start('seed');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('leaves exactly the events the scenario implies, and views that agree with them', async () => {
    const client = new ApiClient(cluster.base);
    const seed = await runSeed000Scenario(client, '', 6);
    const { expected } = seed;
    const store = new MongoEventStore(cluster.db);
    expect(await countEventsByType(store)).toEqual(expected);
    const views = new MongoReadModelStore(cluster.db);
    await waitForClusterToSettle(store, views);
    await eventually(() => expectReadSide(client, seed), 60000);
    expectSeedReport(
      (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body,
      seed,
    );

    // As of a moment: the same report the live one gave then.
    const before = (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body;
    const moment = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const extra = await client.society('天津市光学学会（新）');
    const assigned = await client.assign(seed.campaignId, extra, seed.liaisons[3]!);
    await client.view(`/campaigns/${seed.campaignId}`, assigned.body.version);
    const asOf = (
      await client.expect(
        200,
        'GET',
        `/campaigns/${seed.campaignId}/report?asOf=${encodeURIComponent(moment)}`,
      )
    ).body;
    const { asOf: _a, ...then } = before;
    const { asOf: _b, ...replayed } = asOf;
    expect(replayed).toEqual(then);
    await eventually(async () =>
      expect(
        (await client.expect(200, 'GET', `/campaigns/${seed.campaignId}/report`)).body.totals
          .societiesAssigned,
      ).toBe(106),
    );

    // A rebuild from the event store reproduces the views the projector built.
    await waitForViewsToCatchUp(store, views);
    const generational = new GenerationalReadModelStore(views);
    const snapshotBefore = await snapshotViews(generational);
    const namesOf = async () =>
      (await cluster.db.listCollections({}, { nameOnly: true }).toArray())
        .map((c) => c.name)
        .filter((name) => name.startsWith('rm_') || name.startsWith('internal_'))
        // Version claims come and go with the writes: their collections are made on demand.
        .filter((name) => !name.endsWith('__cas'))
        .sort();
    const namesBefore = await namesOf();
    expect(namesBefore).toEqual(expect.arrayContaining(['rm_audit_events', 'rm_society_status']));
    expect(namesBefore).not.toContain('internal_audit_index');
    await rebuildReadModels(store, generational, ENTITY_PROJECTIONS);
    expect(await snapshotViews(generational)).toEqual(snapshotBefore);
    // Every collection under the name it had, nothing left aside by the rebuild.
    expect(await namesOf()).toEqual(namesBefore);
    await eventually(async () =>
      expect(
        (await client.expect(200, 'GET', `/societies/${seed.societies[40]}/status`)).body
          .averageRating,
      ).toBe(4),
    );

    // Seal, then alter a commit and delete a stream's last commit directly in MongoDB.
    await client.expect(201, 'POST', '/audit/seals');
    expect((await client.expect(200, 'GET', '/audit/verify')).body.ok).toBe(true);
    const commits = cluster.db.collection<{
      _id: string;
      events: { data: Record<string, unknown> }[];
    }>('commits');
    const victim = `society-${seed.societies[5]}:0000000001`;
    await commits.updateOne({ _id: victim }, { $set: { 'events.0.data.name': '篡改后的名称' } });
    const lastOfStream = (await store.readStream(`society-${seed.societies[3]}`)).at(-1)!.id;
    await commits.deleteOne({ _id: lastOfStream });
    const verify = (await client.expect(200, 'GET', '/audit/verify')).body;
    expect(verify.ok).toBe(false);
    expect(verify.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'altered', commitId: victim }),
        expect.objectContaining({ kind: 'missing-commit', commitId: lastOfStream }),
      ]),
    );
  });
});
