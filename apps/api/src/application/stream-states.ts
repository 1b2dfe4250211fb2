import { Inject, Injectable } from '@nestjs/common';
import { upcast } from '@pb/contracts';
import type { Decider, DomainEvent } from '@pb/domain';
import { commitId, EventStore, type StoredCommit } from '@pb/event-store';

/** What folding a stream needs of a decider: any decider of the stream's events will do. */
export type StreamFold<E extends DomainEvent, S> = Pick<
  Decider<never, E, S>,
  'initialState' | 'evolve'
>;

/** A stream's state as of its last commit. */
export interface LoadedStream<S> {
  readonly state: S;
  /** The seq of the last commit; 0 for a stream with none. */
  readonly version: number;
  /** The last commit's hash and time, which the next commit links to and must not precede. */
  readonly head: { readonly hash: string; readonly recordedAt: string } | null;
}

interface Entry extends LoadedStream<unknown> {
  /** The decider that folded the state; a load by another decider starts afresh. */
  readonly decider: object;
}

/** How many streams' states a process keeps; the least recently used go first. */
const MAX_STREAMS = 10_000;

/**
 * Folds stored commits onto a state (the decider's initial state unless given), each
 * event raised to its current schema first.
 */
export function foldCommits<E extends DomainEvent, S>(
  decider: StreamFold<E, S>,
  commits: readonly StoredCommit[],
  state: S = decider.initialState(),
): S {
  for (const commit of commits)
    for (const event of eventsOf<E>(commit)) state = decider.evolve(state, event);
  return state;
}

/** A commit's events, each raised to its current schema. */
export function eventsOf<E extends DomainEvent>(commit: StoredCommit): E[] {
  // The store's envelopes carry a type string and untyped data; what a stream holds is
  // what its decider emitted, raised by the upcasters to the shape the decider reads.
  return commit.events.map((event) => upcast(event) as unknown as E);
}

/**
 * Loads the state of a stream from the event store, remembering the folded state so
 * that the next load reads only the commits made since. Every load still asks the store,
 * so it sees every commit made before it, by any api instance; the memory only spares
 * re-reading and re-folding a long stream (a campaign with a thousand assignments).
 * The remembered head must still be in the store with the same hash, or the stream is
 * read again from its start.
 */
@Injectable()
export class StreamStates {
  private readonly entries = new Map<string, Entry>();

  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async load<E extends DomainEvent, S>(
    streamId: string,
    decider: StreamFold<E, S>,
  ): Promise<LoadedStream<S>> {
    const known = this.entries.get(streamId);
    let base: Entry | null = known && known.decider === decider ? known : null;
    let commits: StoredCommit[];
    if (base) {
      commits = await this.store.readStream(streamId, base.version - 1);
      const head = commits[0];
      if (head?.seq === base.version && head.hash === base.head?.hash) commits = commits.slice(1);
      else {
        base = null;
        commits = await this.store.readStream(streamId);
      }
    } else commits = await this.store.readStream(streamId);
    // The remembered state was folded by this same decider (checked above).
    const state = foldCommits(decider, commits, base ? (base.state as S) : undefined);
    const last = commits[commits.length - 1];
    const loaded: LoadedStream<S> = {
      state,
      version: last?.seq ?? base?.version ?? 0,
      head: last ? { hash: last.hash, recordedAt: last.recordedAt } : (base?.head ?? null),
    };
    if (loaded.version > 0) this.remember(streamId, { ...loaded, decider });
    return loaded;
  }

  /** Whether a stream's state is remembered, so that it has commits. */
  knows(streamId: string): boolean {
    return this.entries.has(streamId);
  }

  /**
   * Two streams' states, as two loads would give them, in one round trip when both are
   * remembered: one read of each head and of the id after it tells whether the head is
   * still the last commit. A stream not remembered, or moved on, is loaded as usual.
   */
  async loadPair<E1 extends DomainEvent, S1, E2 extends DomainEvent, S2>(
    first: readonly [streamId: string, decider: StreamFold<E1, S1>],
    second: readonly [streamId: string, decider: StreamFold<E2, S2>],
  ): Promise<[LoadedStream<S1>, LoadedStream<S2>]> {
    const bases = [first, second].map(([streamId, decider]) => {
      const known = this.entries.get(streamId);
      return known && known.decider === decider ? known : null;
    });
    const probe = [first, second].flatMap(([streamId], i) => {
      const version = bases[i]?.version;
      return version === undefined
        ? []
        : [commitId(streamId, version), commitId(streamId, version + 1)];
    });
    const [found, loadedFirst, loadedSecond] = await Promise.all([
      probe.length > 0 ? this.store.readCommits(probe) : [],
      bases[0] ? null : this.load(...first),
      bases[1] ? null : this.load(...second),
    ]);
    const current = (base: Entry | null, streamId: string): boolean =>
      base !== null &&
      found.some(
        (c) => c.streamId === streamId && c.seq === base.version && c.hash === base.head?.hash,
      ) &&
      !found.some((c) => c.streamId === streamId && c.seq === base.version + 1);
    const settle = async <E extends DomainEvent, S>(
      [streamId, decider]: readonly [string, StreamFold<E, S>],
      base: Entry | null,
      loaded: LoadedStream<S> | null,
    ): Promise<LoadedStream<S>> => {
      if (loaded) return loaded;
      // The remembered state was folded by this same decider (checked above).
      if (base && current(base, streamId))
        return { state: base.state as S, version: base.version, head: base.head };
      return this.load(streamId, decider);
    };
    return Promise.all([
      settle(first, bases[0] ?? null, loadedFirst),
      settle(second, bases[1] ?? null, loadedSecond),
    ]);
  }

  private remember(streamId: string, entry: Entry): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > MAX_STREAMS)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
