import { MongoEventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import { checkConsistency, MongoReadModelStore } from '@pb/projections';
import { ApiClient } from './support/api-client';
import { Cluster } from './support/cluster';
import { waitForClusterToSettle } from './support/expectations';
import { eventually } from './support/http';
import { expectYearlyReports } from './support/yearly-report-expectations';
import { expectYearlyFigures } from './support/yearly-expectations';
import { runYearlyScenario } from './support/yearly-scenario';

jest.setTimeout(300000);

describe('the yearly scenario in distributed mode (api, relay, projector on MongoDB and Kafka)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start('yearly');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('rates 104 societies, inspects 21 and reports the figures worked out by hand', async () => {
    const client = new ApiClient(cluster.base);
    const store = new MongoEventStore(cluster.db);
    const views = new MongoReadModelStore(cluster.db);
    const settled = () => waitForClusterToSettle(store, views);
    const scenario = await runYearlyScenario(client, settled, 4);
    // The status views and the report follow the entity views by a moment.
    await eventually(() => expectYearlyFigures(client, scenario), 60000);
    await expectYearlyReports(client, scenario);
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    expect(report.differences).toEqual([]);
  });
});
