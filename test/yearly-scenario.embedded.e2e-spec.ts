import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { checkConsistency } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { expectYearlyReports } from './support/yearly-report-expectations';
import { expectYearlyFigures } from './support/yearly-expectations';
import { runYearlyScenario } from './support/yearly-scenario';

jest.setTimeout(240000);

describe('the yearly scenario in embedded mode', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-yearly-')),
        PORT: '0',
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('rates 104 societies, inspects 21 and reports the figures worked out by hand', async () => {
    const client = new ApiClient(api.url);
    const { store, views } = api.runtime.infra;
    const scenario = await runYearlyScenario(client, () => waitForViewsToCatchUp(store, views));
    await expectYearlyFigures(client, scenario);
    await expectYearlyReports(client, scenario);
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    expect(report.differences).toEqual([]);
  });
});
