import { describeCounts } from './peer-counts';
import { WORKLOADS, type PairFigures, type PeerPlan, type Workload } from './peer-runs';
import type { LookupPlans } from './peer-stores';
import type { TrialOutcome } from './peer-trials';
import type { Table, TargetCheck } from './scenario';
import { percentOf } from './stats';

export type PeerStore = 'MongoDB' | 'SQLite';

export interface StorePairs {
  readonly store: PeerStore;
  /** What the store is here: the MongoDB-wire server, or SQLite with its settings. */
  readonly where: string;
  readonly pairs: readonly PairFigures[];
}

/** The measured facts the notes quote. */
export interface PeerFacts {
  readonly versions: Record<string, string>;
  readonly lookupPlans: LookupPlans;
  /** Our MongoDB append under an Idempotency-Key (a command entry first), per append. */
  readonly retriableRoundTrips: Record<string, number>;
  readonly emmettSqliteSettings: string;
  /** Emmett's SQLite store with operations at once, as it comes and on a shared connection. */
  readonly emmettSqliteTrials: readonly TrialOutcome[];
  /** Bytes of one event as each store keeps it. */
  readonly payload: {
    ours: { bson: number; json: number };
    emmett: { bson: number; json: number };
  };
}

/** ours ÷ Emmett, as a percentage. */
export function ratio(pair: PairFigures): number {
  return percentOf(pair.ours.perSecond, pair.emmett.perSecond);
}

export function figuresTable(side: StorePairs): Table {
  return {
    title: `${side.store} (${side.where}): operations per second, ours beside Emmett's`,
    columns: [
      'workload',
      'at once',
      'ours/s',
      'ours p50 ms',
      'ours p99 ms',
      "Emmett's/s",
      'Emmett p50 ms',
      'Emmett p99 ms',
      'ours ÷ Emmett',
      'failed (ours / Emmett)',
    ],
    rows: side.pairs.map((pair) => [
      WORKLOADS[pair.workload],
      pair.connections,
      pair.ours.perSecond,
      pair.ours.p50Ms,
      pair.ours.p99Ms,
      pair.emmett.perSecond,
      pair.emmett.p50Ms,
      pair.emmett.p99Ms,
      `${ratio(pair)}%`,
      `${pair.ours.failed} / ${pair.emmett.failed}`,
    ]),
  };
}

/** What each store sent per operation, measured: round trips on MongoDB, statements on SQLite. */
export function perOperationTable(sides: readonly StorePairs[]): Table {
  return {
    title:
      'What each does per operation, measured (MongoDB: commands sent, i.e. round trips, × their mean time from send to answer; SQLite: statements run, COMMIT = one transaction = one fsync of the WAL)',
    columns: ['store', 'workload', 'at once', 'ours', "Emmett's"],
    rows: sides.flatMap((side) =>
      side.pairs.map((pair) => [
        side.store,
        WORKLOADS[pair.workload],
        pair.connections,
        describeCounts(pair.oursPerOperation, pair.oursCommandMs),
        describeCounts(pair.emmettPerOperation, pair.emmettCommandMs),
      ]),
    ),
  };
}

export function peerTargets(sides: readonly StorePairs[]): TargetCheck[] {
  return sides.flatMap((side) =>
    (Object.keys(WORKLOADS) as Workload[]).map((workload) => {
      const pairs = side.pairs.filter((pair) => pair.workload === workload);
      return {
        what: `${side.store}: ${WORKLOADS[workload]}`,
        target: "ours ahead of Emmett's at the same concurrency (1, 8, 32)",
        measured: pairs.map((pair) => `${pair.connections}: ${ratio(pair)}%`).join(', '),
        met: pairs.length > 0 && pairs.every((pair) => ratio(pair) > 100),
      };
    }),
  );
}

/** The commits (transactions) per append Emmett's SQLite store made at each concurrency. */
export function emmettCommitsPerAppend(sqlite: StorePairs): string {
  return sqlite.pairs
    .filter((pair) => pair.workload === 'append-new')
    .map((pair) => `${pair.connections}: ${pair.emmettPerOperation.COMMIT ?? 0}`)
    .join(', ');
}

export function planNote(plan: PeerPlan, facts: PeerFacts): string {
  const versions = Object.entries(facts.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `Workloads, each run at 1, 8 and 32 operations at once in four rounds, each round on one store and then the other, the order swapped from one round to the next so that the machine's drift favours neither: (a) one event appended to a new stream, each run into a fresh database (or file) of each store; (b) read a stream, fold it, append one event at the version read (expected version); (c) read a whole stream. (b) and (c) work on ${plan.streams} streams preloaded with ${plan.eventsPerStream} events in each store (and growing by the appends of (b)); worker w takes the streams w, w + c, w + 2c…, so no two writers meet on one stream. ${plan.operations} operations per run, the same for both stores. The event is the same for both: a LectureScheduled with the same data and, for Emmett, the envelope's fields as metadata: ${facts.payload.ours.bson} BSON bytes per commit of ours (the whole commit document: envelope, commit fields, hashes) against ${facts.payload.emmett.bson} per event in Emmett's stream document; on SQLite ${facts.payload.ours.json} JSON bytes against ${facts.payload.emmett.json} (message data and metadata). Peer packages from npm, installed by the bench into bench/peer: ${versions}.`;
}
