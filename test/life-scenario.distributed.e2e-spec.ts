import { MongoEventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import { checkConsistency, MongoReadModelStore } from '@pb/projections';
import { ApiClient } from './support/api-client';
import { Cluster } from './support/cluster';
import { waitForClusterToSettle } from './support/expectations';
import { expectLifeYear } from './support/life-report-expectations';
import { runLifeScenario } from './support/life-scenario';

jest.setTimeout(300000);

describe('a year of organisational life in distributed mode (api, relay, projector on MongoDB and Kafka)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start('life');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('records 2025 for 104 societies and reports the figures worked out by hand', async () => {
    const client = new ApiClient(cluster.base);
    const store = new MongoEventStore(cluster.db);
    const views = new MongoReadModelStore(cluster.db);
    const settled = () => waitForClusterToSettle(store, views);
    const scenario = await runLifeScenario(client, settled, 4);
    // The reports read only level-1 views, which `settled` saw agree with the store.
    await expectLifeYear(client, scenario);
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    expect(report.differences).toEqual([]);
  });
});
