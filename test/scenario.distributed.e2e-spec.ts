import { MongoEventStore } from '@pb/event-store';
import { MongoReadModelStore } from '@pb/projections';
import { ApiClient } from './support/api-client';
import { Cluster } from './support/cluster';
import { countEventsByType } from './support/event-counts';
import { waitForViewsToCatchUp } from './support/expectations';
import { eventually, until } from './support/http';
import { expectReadSide } from './support/read-side-expectations';
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
    await until(
      () => store.countUndispatched(),
      (n) => n === 0,
      60000,
      'the relay to drain the outbox',
    );
    await waitForViewsToCatchUp(store, views);
    await eventually(() => expectReadSide(client, seed), 60000);
  });
});
