import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventStore } from '@pb/event-store';
import type { ReadModelStore, SocietyView } from '@pb/projections';
import { until } from './http';
import type { Acknowledged } from './society-load';

/** One fault's figures, as the fault report prints them. */
export interface FaultFigures {
  readonly fault: string;
  readonly mode: 'embedded' | 'distributed';
  /**
   * Commands the load sent from the fault's start to its recovery, with those still in
   * flight at its start (answered within it): acknowledged + failed never exceeds it.
   */
  readonly sent: number;
  /** Of those, answered with success. */
  readonly acknowledged: number;
  /** Of those, refused or unanswered while the fault lasted (503, time-outs, resets). */
  readonly failed: number;
  /** Acknowledged commands missing from the event store or the views: must be 0. */
  readonly lost: number;
  /** Acknowledged commands found more than once in a stream or a view: must be 0. */
  readonly duplicated: number;
  /** From the fault's end to the first command carried all the way to the views. */
  readonly recoveryMs: number;
}

/** The load's counters at one moment, to subtract. */
interface Counters {
  readonly sent: number;
  readonly failed: number;
  readonly acknowledged: number;
}

/** Commands sent and not yet answered: each is acknowledged or failed later. */
function inFlight(counters: Counters): number {
  return counters.sent - counters.acknowledged - counters.failed;
}

function countersOf(ack: Acknowledged): Counters {
  return { sent: ack.sent, failed: ack.failed, acknowledged: acknowledgedCommands(ack) };
}

/** A registration and each rename are one acknowledged command each. */
function acknowledgedCommands(ack: Acknowledged): number {
  let n = 0;
  for (const entry of ack.societies.values()) n += 1 + entry.renames.length;
  return n;
}

/**
 * Acknowledged commands that the store or the views lack (lost) or hold twice
 * (duplicated). Counted rather than asserted, so that the report can print them; the
 * suite asserts both are 0 and runs the full consistency check as well.
 */
export async function lostAndDuplicated(
  store: EventStore,
  views: ReadModelStore,
  ack: Acknowledged,
): Promise<{ lost: number; duplicated: number }> {
  let lost = 0;
  let duplicated = 0;
  for (const [id, sent] of ack.societies) {
    const events = (await store.readStream(`society-${id}`)).flatMap((c) => c.events);
    const registrations = events.filter((e) => e.type === 'SocietyRegistered').length;
    const names = events
      .filter((e) => e.type === 'SocietyRenamed')
      .map((e) => (e.data as { name: string }).name);
    if (registrations === 0) lost++;
    duplicated += Math.max(0, registrations - 1);
    for (const name of sent.renames) {
      const times = names.filter((n) => n === name).length;
      if (times === 0) lost++;
      duplicated += Math.max(0, times - 1);
    }
    const view = await views.get<SocietyView>('societies', id);
    if (!view) lost += 1 + sent.renames.length;
    else if (view.formerNames.length > names.length)
      duplicated += view.formerNames.length - names.length;
  }
  return { lost, duplicated };
}

/**
 * `lostAndDuplicated` once the relay has published every commit (in embedded mode a
 * published commit is in the views), so that what is counted missing is really lost.
 */
export async function lostAndDuplicatedOnceDrained(
  store: EventStore,
  views: ReadModelStore,
  ack: Acknowledged,
): Promise<{ lost: number; duplicated: number }> {
  await until(
    () => store.countUndispatched(),
    (n) => n === 0,
    30_000,
    'the relay to drain the outbox',
  );
  return lostAndDuplicated(store, views, ack);
}

/**
 * The per-fault figures of one suite: `begin` when a fault starts, `end` when it has
 * healed and a command went through to the views; `write` keeps them under
 * `.cache/fault-report/` (CI keeps that folder) and prints them as a table.
 */
export class FaultReport {
  private readonly rows: FaultFigures[] = [];

  constructor(
    private readonly suite: string,
    private readonly mode: FaultFigures['mode'],
  ) {}

  begin(fault: string, ack: Acknowledged) {
    const before = countersOf(ack);
    return {
      /** The fault is healed: from now until `recovered` is the recovery time. */
      healed: () => {
        const healedAt = Date.now();
        return {
          /** `recoveredAt`: when the first command reached the views, if the counts come later. */
          recovered: (
            lostAndDuplicatedCounts: { lost: number; duplicated: number },
            recoveredAt = Date.now(),
          ) => {
            const after = countersOf(ack);
            this.rows.push({
              fault,
              mode: this.mode,
              sent: after.sent - before.sent + inFlight(before),
              acknowledged: after.acknowledged - before.acknowledged,
              failed: after.failed - before.failed,
              ...lostAndDuplicatedCounts,
              recoveryMs: recoveredAt - healedAt,
            });
          },
        };
      },
    };
  }

  get figures(): readonly FaultFigures[] {
    return this.rows;
  }

  async write(): Promise<string> {
    const dir = join(__dirname, '..', '..', '.cache', 'fault-report');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${this.suite}.json`);
    await writeFile(file, JSON.stringify(this.rows, null, 2));
    const lines = this.rows.map(
      (r) =>
        `${r.mode} | ${r.fault} | sent ${r.sent} | acknowledged ${r.acknowledged} | failed ${r.failed} | lost ${r.lost} | duplicated ${r.duplicated} | recovered in ${r.recoveryMs} ms`,
    );
    process.stdout.write(`fault report (${this.suite}):\n${lines.join('\n')}\n`);
    return file;
  }
}
