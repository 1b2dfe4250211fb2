import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '@pb/event-store';
import { SqliteReadModelStore } from '@pb/projections';
import { tokenFor } from './support/auth';
import { runCli } from './support/cli';
import { expectNothingLostNorDuplicated } from './support/expectations';
import { fakeClock } from './support/fake-clock';
import { FaultReport, lostAndDuplicatedOnceDrained } from './support/fault-report';
import { call, until } from './support/http';
import { AppProcess, freePort } from './support/processes';
import { startSocietyLoad, type Acknowledged } from './support/society-load';

jest.setTimeout(120_000);

const HOUR_MS = 3_600_000;

/**
 * Every stream's commits are numbered 1, 2, 3... with no gap or repeat, come in that
 * order in the store's global order, whose positions only grow, and their recordedAt
 * never decreases along a stream, whatever the clock did.
 */
async function expectStreamsIntact(store: EventStore): Promise<number> {
  const seqs = new Map<string, number[]>();
  const recorded = new Map<string, string>();
  let position = 0;
  let commits = 0;
  for (let after: string | null = null; ;) {
    const page = await store.readAll(after, 500);
    if (page.commits.length === 0) break;
    expect(Number(page.next)).toBeGreaterThan(position);
    position = Number(page.next);
    for (const commit of page.commits) {
      commits++;
      seqs.set(commit.streamId, [...(seqs.get(commit.streamId) ?? []), commit.seq]);
      expect(commit.recordedAt >= (recorded.get(commit.streamId) ?? '')).toBe(true);
      recorded.set(commit.streamId, commit.recordedAt);
    }
    after = page.next;
  }
  for (const [, list] of seqs) expect(list).toEqual(list.map((_, i) => i + 1));
  return commits;
}

describe('embedded mode across wall-clock jumps', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-clock-jumps-'));
  const clock = fakeClock();
  const report = new FaultReport('clock-jumps', 'embedded');
  const acks: Acknowledged[] = [];
  let api: AppProcess | null = null;
  let stopLoad: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    await stopLoad();
    await api?.stop();
    await report.write();
  });

  it('keeps every stream contiguous, every chain whole and the views consistent when the clock jumps back and forward an hour', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = new AppProcess('api', {
      ...clock.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      MODE: 'embedded',
    });
    await api.start().waitFor(/listening on/);
    // A token's expiry is read on the api's clock: one that outlives the jump forward.
    const token = await tokenFor({ sub: 'office-clock', role: 'admin' }, undefined, '3h');
    const headers = { authorization: `Bearer ${token}` };
    const register = async () => {
      const id = randomUUID();
      const answer = await call(
        base,
        'POST',
        '/societies',
        { id, name: `时钟学会-${id.slice(0, 8)}`, kind: 'society' },
        { ...headers, 'Idempotency-Key': `clock-${id}` },
      );
      expect(answer.status).toBe(201);
      return call(base, 'GET', `/societies/${id}?minVersion=1`, undefined, headers);
    };
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const views = new SqliteReadModelStore(join(dataDir, 'views.sqlite'));
    try {
      for (const [fault, offset, jumpMs] of [
        ['clock jumps back an hour', '-1h', -HOUR_MS],
        ['clock jumps forward an hour', '+1h', HOUR_MS],
      ] as const) {
        const load = startSocietyLoad(() => base, 6, headers);
        stopLoad = load.stop;
        acks.push(load.ack);
        await load.sent(60, `commands before the ${fault}`);
        const begun = report.begin(fault, load.ack);
        clock.set(offset);
        // The api's Date.now moved: what it records now is stamped an hour off.
        const stamped = (await register()).body.registeredAt as string;
        expect(Math.abs(Date.parse(stamped) - Date.now() - jumpMs)).toBeLessThan(60_000);
        const acknowledged = load.ack.societies.size;
        await until(
          async () => load.ack.societies.size,
          (n) => n >= acknowledged + 20,
          30_000,
          `registrations after the ${fault}`,
        );
        clock.set('+0');
        const healed = begun.healed();
        const back = (await register()).body.registeredAt as string;
        const recoveredAt = Date.now();
        expect(Math.abs(Date.parse(back) - Date.now())).toBeLessThan(60_000);
        await load.stop();
        const counts = await lostAndDuplicatedOnceDrained(store, views, load.ack);
        healed.recovered(counts, recoveredAt);
        expect(counts).toEqual({ lost: 0, duplicated: 0 });
        // A clock that jumps refuses nothing: no command failed.
        expect(load.ack.failed).toBe(0);
      }
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
