import { randomUUID } from 'node:crypto';
import type { EventStore } from '@pb/event-store';
import { tokenFor } from './auth';
import type { fakeClock } from './fake-clock';
import type { FaultReport } from './fault-report';
import { call, until } from './http';
import { startSocietyLoad, type Acknowledged } from './society-load';

const HOUR_MS = 3_600_000;

/** Whether a store position comes after another: SQLite's are rowids, MongoDB's commit ids. */
const after = (a: string, b: string) =>
  /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) > Number(b) : a > b;

/**
 * Every stream's commits are numbered 1, 2, 3... with no gap or repeat, come in that
 * order in the store's global order, whose positions only grow, and their recordedAt
 * never decreases along a stream, whatever the clock did. Returns the commits read.
 */
export async function expectStreamsIntact(store: EventStore): Promise<number> {
  const seqs = new Map<string, number[]>();
  const recorded = new Map<string, string>();
  let position: string | null = null;
  let commits = 0;
  for (;;) {
    const page = await store.readAll(position, 500);
    if (page.commits.length === 0) break;
    if (position !== null) expect(after(page.next!, position)).toBe(true);
    for (const commit of page.commits) {
      commits++;
      seqs.set(commit.streamId, [...(seqs.get(commit.streamId) ?? []), commit.seq]);
      expect(commit.recordedAt >= (recorded.get(commit.streamId) ?? '')).toBe(true);
      recorded.set(commit.streamId, commit.recordedAt);
    }
    position = page.next;
  }
  for (const [, list] of seqs) expect(list).toEqual(list.map((_, i) => i + 1));
  return commits;
}

export interface ClockJumpRun {
  readonly base: string;
  readonly clock: ReturnType<typeof fakeClock>;
  readonly report: FaultReport;
  /** Waits until what was committed reached the views, then counts what the load lost or doubled. */
  readonly counted: (ack: Acknowledged) => Promise<{ lost: number; duplicated: number }>;
  /** Where the suite keeps the running load's stop, for its afterAll. */
  readonly onLoad: (stop: () => Promise<void>) => void;
}

/**
 * Under a steady load, the clock of the processes under test jumps an hour back, then
 * (after returning) an hour forward. Each jump is checked to have moved the time the api
 * records, each is reported as a fault, and after each the load must have lost, doubled
 * and failed nothing. Returns what each load was told.
 */
export async function runClockJumps(run: ClockJumpRun): Promise<Acknowledged[]> {
  // A token's expiry is read on the api's clock: one that outlives the jump forward.
  const token = await tokenFor({ sub: 'office-clock', role: 'admin' }, undefined, '3h');
  const headers = { authorization: `Bearer ${token}` };
  const recordedNow = async (): Promise<number> => {
    const id = randomUUID();
    const answer = await call(
      run.base,
      'POST',
      '/societies',
      { id, name: `时钟学会-${id.slice(0, 8)}`, kind: 'society' },
      { ...headers, 'Idempotency-Key': `clock-${id}` },
    );
    expect(answer.status).toBe(201);
    const view = await call(run.base, 'GET', `/societies/${id}?minVersion=1`, undefined, headers);
    expect(view.status).toBe(200);
    return Date.parse(view.body.registeredAt as string);
  };
  const acks: Acknowledged[] = [];
  for (const [fault, offset, jumpMs] of [
    ['clock jumps back an hour', '-1h', -HOUR_MS],
    ['clock jumps forward an hour', '+1h', HOUR_MS],
  ] as const) {
    const load = startSocietyLoad(() => run.base, 6, headers);
    run.onLoad(load.stop);
    acks.push(load.ack);
    await load.sent(60, `commands before the ${fault}`);
    const begun = run.report.begin(fault, load.ack);
    run.clock.set(offset);
    // The processes' Date.now moved: what the api records now is stamped an hour off.
    expect(Math.abs((await recordedNow()) - Date.now() - jumpMs)).toBeLessThan(60_000);
    const acknowledged = load.ack.societies.size;
    await until(
      async () => load.ack.societies.size,
      (n) => n >= acknowledged + 20,
      30_000,
      `registrations after the ${fault}`,
    );
    run.clock.set('+0');
    const healed = begun.healed();
    expect(Math.abs((await recordedNow()) - Date.now())).toBeLessThan(60_000);
    const recoveredAt = Date.now();
    await load.stop();
    const counts = await run.counted(load.ack);
    healed.recovered(counts, recoveredAt);
    expect(counts).toEqual({ lost: 0, duplicated: 0 });
    // A clock that jumps refuses nothing: no command failed.
    expect(load.ack.failed).toBe(0);
  }
  return acks;
}
