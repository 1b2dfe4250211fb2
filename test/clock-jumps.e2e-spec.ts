import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@pb/event-store';
import { SqliteReadModelStore } from '@pb/projections';
import { runCli } from './support/cli';
import { expectStreamsIntact, runClockJumps } from './support/clock-jumps';
import { expectNothingLostNorDuplicated } from './support/expectations';
import { fakeClock } from './support/fake-clock';
import { FaultReport, lostAndDuplicatedOnceDrained } from './support/fault-report';
import { AppProcess, freePort } from './support/processes';

jest.setTimeout(120_000);

describe('embedded mode across wall-clock jumps', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-clock-jumps-'));
  const clock = fakeClock();
  const report = new FaultReport('clock-jumps', 'embedded');
  let api: AppProcess | null = null;
  let stopLoad: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    await stopLoad();
    await api?.stop();
    await report.write();
  });

  it('keeps every stream contiguous, every chain whole and the views consistent when the clock jumps back and forward an hour', async () => {
    const port = await freePort();
    api = new AppProcess('api', {
      ...clock.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      MODE: 'embedded',
    });
    await api.start().waitFor(/listening on/);
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const views = new SqliteReadModelStore(join(dataDir, 'views.sqlite'));
    try {
      const acks = await runClockJumps({
        base: `http://127.0.0.1:${port}`,
        clock,
        report,
        counted: (ack) => lostAndDuplicatedOnceDrained(store, views, ack),
        onLoad: (stop) => (stopLoad = stop),
      });
      expect(await expectStreamsIntact(store)).toBeGreaterThan(200);
      for (const ack of acks) await expectNothingLostNorDuplicated(store, views, ack);
    } finally {
      await store.close();
      await views.close();
    }
    await api.stop();
    const verified = await runCli(dataDir, 'verify');
    expect(verified.stdout).toContain('verify: OK, nothing missing or altered');
  });
});
