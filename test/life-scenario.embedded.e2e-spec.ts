import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { checkConsistency } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { TEST_JWT_SECRET } from './support/auth';
import { waitForViewsToCatchUp } from './support/expectations';
import { expectLifeYear } from './support/life-report-expectations';
import { runLifeScenario } from './support/life-scenario';

jest.setTimeout(180000);

describe('a year of organisational life in embedded mode', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-life-year-')),
        PORT: '0',
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('records 2025 for 104 societies and reports the figures worked out by hand', async () => {
    const client = new ApiClient(api.url);
    const { store, views } = api.runtime.infra;
    const scenario = await runLifeScenario(client, () => waitForViewsToCatchUp(store, views));
    await expectLifeYear(client, scenario);
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    expect(report.differences).toEqual([]);
  });
});
