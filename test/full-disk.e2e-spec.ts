import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@pb/event-store';
import { SqliteReadModelStore } from '@pb/projections';
import { runCli } from './support/cli';
import { expectNothingLostNorDuplicated } from './support/expectations';
import { FaultReport, lostAndDuplicatedOnceDrained } from './support/fault-report';
import { call, until, type Answer } from './support/http';
import { AppProcess, freePort } from './support/processes';
import { mountSmallDisk } from './support/small-disk';
import { startSocietyLoad } from './support/society-load';

jest.setTimeout(120_000);

/** What is left free beside the ballast: the WAL fills it within a second or two of load. */
const MARGIN_BYTES = 256 * 1024;

/** Registers a society of its own, outside the load: one command whose answer the suite reads. */
function register(base: string): Promise<Answer> {
  const id = randomUUID();
  return call(
    base,
    'POST',
    '/societies',
    { id, name: `满盘学会-${id.slice(0, 8)}`, kind: 'society' },
    { 'Idempotency-Key': `disk-${id}` },
  );
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('embedded mode on a disk that fills up', () => {
  const disk = mountSmallDisk(48);
  const dataDir = join(disk.dir, 'data');
  const report = new FaultReport('full-disk', 'embedded');
  let api: AppProcess | null = null;
  let stopLoad: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    try {
      await stopLoad();
      await api?.stop();
      await report.write();
    } finally {
      disk.unmount();
    }
  });

  it('refuses commands with 503 STORE.DISK_FULL, keeps reading, loses nothing and recovers by itself once space returns', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = new AppProcess('api', { DATA_DIR: dataDir, PORT: String(port), MODE: 'embedded' });
    await api.start().waitFor(/listening on/);
    const before = await register(base);
    expect(before.status).toBe(201);

    const load = startSocietyLoad(() => base, 6);
    stopLoad = load.stop;
    await load.sent(150, 'commands before the disk fills');
    disk.fill(MARGIN_BYTES);
    const fault = report.begin('disk full', load.ack);

    // Every refusal while the disk is full is a 503 that says why; none is a 500.
    const refusals: Answer[] = [];
    await until(
      async () => {
        const answer = await register(base);
        if (answer.status !== 201) refusals.push(answer);
        return answer.status;
      },
      (status) => status === 503,
      30_000,
      'a command refused for lack of space',
    );
    expect(refusals.map((a) => a.status)).toEqual(refusals.map(() => 503));
    expect(refusals.at(-1)?.body).toMatchObject({
      code: 'STORE.DISK_FULL',
      detail: expect.stringContaining('disk'),
    });
    expect(refusals.at(-1)?.headers.get('retry-after')).toBe('2');

    // Reads go on, from the views, while the load keeps failing against the full disk. A
    // read that meets the projector's failing write to the same full disk may be refused
    // for a moment, always as a 503 that says the store, never a 500.
    const readRefusals: Answer[] = [];
    await until(
      async () => {
        const answer = await call(base, 'GET', `/societies/${before.body.id}`);
        if (answer.status !== 200) readRefusals.push(answer);
        return `${answer.status} ${answer.body?.code ?? ''} ${answer.body?.detail ?? ''}`;
      },
      (said) => said.startsWith('200 '),
      10_000,
      'a read while the disk is full',
    );
    expect(readRefusals.map((a) => `${a.status} ${a.body?.code}`)).toEqual(
      readRefusals.map(() => expect.stringMatching(/^503 STORE\./)),
    );
    expect(readRefusals.length).toBeLessThan(5);
    const notReady = await call(base, 'GET', '/health/ready', undefined, { authorization: 'none' });
    expect(notReady.status).toBe(503);
    expect(notReady.body.checks.disk).toMatchObject({
      status: 'failing',
      error: expect.stringContaining('full'),
    });
    const failedBefore = load.ack.failed;
    await until(
      async () => load.ack.failed,
      (failed) => failed >= failedBefore + 10,
      20_000,
      'the load failing on the full disk',
    );

    disk.free();
    const healed = fault.healed();
    // No restart: the same process takes commands again and carries them to the views.
    const after = await until(
      () => register(base),
      (answer) => answer.status === 201,
      20_000,
      'a command accepted once space is back',
    );
    const seen = await call(base, 'GET', `/societies/${after.body.id}?minVersion=1`);
    expect(seen.status).toBe(200);
    const recoveredAt = Date.now();
    await until(
      async () =>
        (await call(base, 'GET', '/health/ready', undefined, { authorization: 'none' })).status,
      (status) => status === 200,
      10_000,
      'the api ready again',
    );
    const acknowledged = load.ack.societies.size;
    await until(
      async () => load.ack.societies.size,
      (n) => n >= acknowledged + 20,
      30_000,
      'more registrations after the disk was freed',
    );
    await load.stop();

    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const views = new SqliteReadModelStore(join(dataDir, 'views.sqlite'));
    try {
      const counts = await lostAndDuplicatedOnceDrained(store, views, load.ack);
      healed.recovered(counts, recoveredAt);
      expect(counts).toEqual({ lost: 0, duplicated: 0 });
      await expectNothingLostNorDuplicated(store, views, load.ack);
    } finally {
      await store.close();
      await views.close();
    }
    await api.stop();
    expect(integrity(join(dataDir, 'events.sqlite'))).toBe('ok');
    expect(integrity(join(dataDir, 'views.sqlite'))).toBe('ok');
    const verified = await runCli(dataDir, 'verify');
    expect(verified.stdout).toContain('verify: OK, nothing missing or altered');
  });
});
