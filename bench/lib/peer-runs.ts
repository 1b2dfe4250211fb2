import { randomUUID } from 'node:crypto';
import { countedLoad, figuresOf, type LoadFigures, type LoadSample } from './load';
import type { Tally } from './peer-counts';
import type { PeerSubject } from './peer-subjects';
import { inParallel } from './stats';

export const PEER_CONCURRENCIES = [1, 8, 32];

export type Workload = 'append-new' | 'read-append' | 'read';

export const WORKLOADS: Record<Workload, string> = {
  'append-new': 'appends to new streams',
  'read-append': 'read and append (expected version)',
  read: 'reads of a stream',
};

/** One store's subject with the tally that counts what it sends. */
export interface Side {
  readonly subject: PeerSubject;
  readonly tally: Tally;
}

export interface Contenders {
  readonly ours: Side;
  readonly emmett: Side;
}

/** Both stores on one server or engine: kept databases for the preloaded streams, fresh ones per run. */
export interface StoreBench {
  readonly kept: Contenders;
  /** Databases (or files) of their own, for one run of appends to new streams. */
  fresh(): Promise<Contenders & { close(): Promise<void> }>;
}

export interface PeerPlan {
  /** Preloaded streams; a multiple of every concurrency, so that workers never share one. */
  readonly streams: number;
  readonly eventsPerStream: number;
  /** Operations per run (per workload, concurrency and store). */
  readonly operations: number;
}

/** One workload at one concurrency, both stores side by side. */
export interface PairFigures {
  readonly workload: Workload;
  readonly connections: number;
  readonly ours: LoadFigures;
  readonly emmett: LoadFigures;
  /** What each sent per operation: commands (MongoDB) or statements (SQLite). */
  readonly oursPerOperation: Record<string, number>;
  readonly emmettPerOperation: Record<string, number>;
  /** The mean time of each command, sent to answered (MongoDB only). */
  readonly oursCommandMs: Record<string, number>;
  readonly emmettCommandMs: Record<string, number>;
}

export function peerPlan(scale: number): PeerPlan {
  const lcm = Math.max(...PEER_CONCURRENCIES);
  return {
    streams: Math.max(2, Math.round((256 * scale) / lcm)) * lcm,
    eventsPerStream: 10,
    operations: Math.max(lcm * 4, Math.round((1024 * scale) / lcm) * lcm),
  };
}

/** Each run is cut in rounds, ours and Emmett's in turn, so that the machine's drift favours neither. */
const ROUNDS = 4;

/**
 * Preloads the same streams in both stores, then runs each workload at each concurrency
 * in ROUNDS rounds, each round on one store and then the other, the order swapped from
 * one round to the next.
 */
export async function runStorePairs(
  bench: StoreBench,
  plan: PeerPlan,
  log: (message: string) => void,
): Promise<PairFigures[]> {
  const keys = Array.from({ length: plan.streams }, () => randomUUID());
  for (const side of [bench.kept.ours, bench.kept.emmett]) {
    await inParallel(keys, 32, (key) => side.subject.appendNew(key));
    for (let n = 1; n < plan.eventsPerStream; n++)
      await inParallel(keys, 32, (key) => side.subject.readAndAppend(key));
  }
  const pairs: PairFigures[] = [];
  for (const connections of PEER_CONCURRENCIES) {
    const perRound = Math.max(1, Math.round(plan.operations / connections / ROUNDS));
    for (const workload of Object.keys(WORKLOADS) as Workload[]) {
      log(`peer: ${WORKLOADS[workload]}, ${connections} at once`);
      const fresh = workload === 'append-new' ? await bench.fresh() : null;
      try {
        pairs.push(await measurePair(fresh ?? bench.kept, workload, connections, perRound, keys));
      } finally {
        await fresh?.close();
      }
    }
  }
  return pairs;
}

async function measurePair(
  contenders: Contenders,
  workload: Workload,
  connections: number,
  perRound: number,
  keys: readonly string[],
): Promise<PairFigures> {
  const sides = [contenders.ours, contenders.emmett];
  for (const side of sides) {
    // The first append to a fresh store creates its indexes or schema: not timed.
    if (workload === 'append-new') await side.subject.appendNew(randomUUID());
    side.tally.reset();
  }
  const samples = new Map<Side, LoadSample[]>(sides.map((side) => [side, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      // Worker w takes the streams w, w + c, w + 2c...: no two workers write one stream.
      const sample = await countedLoad(connections, perRound, (worker, n) =>
        operate(
          side.subject,
          workload,
          keys[(worker + connections * (round * perRound + n)) % keys.length]!,
        ),
      );
      samples.get(side)!.push(sample);
    }
  }
  const measured = (side: Side): Measured => {
    const figures = figuresOf(samples.get(side)!);
    return {
      figures,
      perOperation: side.tally.perOperation(figures.ok + figures.failed),
      commandMs: side.tally.meanMs(),
    };
  };
  const ours = measured(contenders.ours);
  const emmett = measured(contenders.emmett);
  return {
    workload,
    connections,
    ours: ours.figures,
    emmett: emmett.figures,
    oursPerOperation: ours.perOperation,
    emmettPerOperation: emmett.perOperation,
    oursCommandMs: ours.commandMs,
    emmettCommandMs: emmett.commandMs,
  };
}

interface Measured {
  readonly figures: LoadFigures;
  readonly perOperation: Record<string, number>;
  readonly commandMs: Record<string, number>;
}

function operate(subject: PeerSubject, workload: Workload, key: string): Promise<unknown> {
  switch (workload) {
    case 'append-new':
      return subject.appendNew(randomUUID());
    case 'read-append':
      return subject.readAndAppend(key);
    case 'read':
      return subject.read(key);
  }
}
