import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@pb/event-store';
import { SqliteReadModelStore } from '@pb/projections';
import { expectNothingLostNorDuplicated } from './support/expectations';
import { call, until } from './support/http';
import { AppProcess, freePort } from './support/processes';
import { newAcknowledged, runSocietyLoad } from './support/society-load';

jest.setTimeout(120000);

describe('embedded mode under kill -9', () => {
  it('loses nothing and duplicates nothing when the one process is killed mid-stream and restarted', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pb-crash-'));
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port), MODE: 'embedded' };
    const base = () => `http://127.0.0.1:${port}`;
    const ack = newAcknowledged();
    let api = new AppProcess('api', env).start();
    await api.waitFor(/listening on/);

    let stopped = false;
    const load = runSocietyLoad(base, ack, () => stopped, 6);
    for (let crash = 1; crash <= 3; crash++) {
      const before = ack.societies.size;
      await until(
        async () => ack.societies.size,
        (n) => n >= before + 15,
        30000,
        'acknowledged registrations',
      );
      await api.crash();
      await new Promise((resolve) => setTimeout(resolve, 200));
      api = new AppProcess('api', env).start();
      await api.waitFor(/listening on/);
    }
    await until(
      async () => ack.societies.size,
      (n) => n >= 60,
      30000,
      'more registrations after the last restart',
    );
    stopped = true;
    await load;
    expect(ack.failed).toBeGreaterThan(0);

    await until(
      async () => (await call(base(), 'GET', '/health')).status,
      (s) => s === 200,
    );
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const views = new SqliteReadModelStore(join(dataDir, 'views.sqlite'));
    await until(
      () => store.countUndispatched(),
      (n) => n === 0,
      15000,
      'the relay to drain the outbox',
    );
    await api.stop();
    const report = await expectNothingLostNorDuplicated(store, views, ack);
    expect(report.events).toBeGreaterThanOrEqual(ack.societies.size);
    await store.close();
    await views.close();
  });
});
