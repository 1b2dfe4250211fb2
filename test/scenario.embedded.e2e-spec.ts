import { TEST_JWT_SECRET } from './support/auth';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_PROJECTIONS, loadConfig } from '@pb/platform';
import { checkConsistency } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { countEventsByType } from './support/event-counts';
import { waitForViewsToCatchUp } from './support/expectations';
import { expectReadSide } from './support/read-side-expectations';
import { runSeed000Scenario } from './support/seed-000-scenario';

jest.setTimeout(120000);

describe('the seed-000 scenario in embedded mode', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-seed-')),
        PORT: '0',
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('leaves exactly the events the scenario implies, and views that agree with them', async () => {
    const client = new ApiClient(api.url);
    const seed = await runSeed000Scenario(client, '');
    const { expected } = seed;
    expect(await countEventsByType(api.runtime.infra.store)).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b)).toBe(1031);
    // The projector runs on its own thread: the views follow the answers by a moment.
    await waitForViewsToCatchUp(api.runtime.infra.store, api.runtime.infra.views);
    const report = await checkConsistency(
      api.runtime.infra.store,
      api.runtime.infra.views,
      ENTITY_PROJECTIONS,
    );
    expect(report.differences).toEqual([]);
    await expectReadSide(client, seed);
  });
});
