import { Inject, Injectable } from '@nestjs/common';
import { upcast } from '@pb/contracts';
import type { Decider, DomainEvent } from '@pb/domain';
import { EventStore, type StoredCommit } from '@pb/event-store';

/** A stream's state as of its last commit. */
export interface LoadedStream<S> {
  readonly state: S;
  /** The seq of the last commit; 0 for a stream with none. */
  readonly version: number;
  /** The last commit's hash and time, which the next commit links to and must not precede. */
  readonly head: { readonly hash: string; readonly recordedAt: string } | null;
}

interface Entry extends LoadedStream<unknown> {
  readonly decider: Decider<never, DomainEvent, unknown>;
}

/** How many streams' states a process keeps; the least recently used go first. */
const MAX_STREAMS = 10_000;

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

  async load<S>(
    streamId: string,
    decider: Decider<never, DomainEvent, S>,
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

    let state = base ? (base.state as S) : decider.initialState();
    for (const commit of commits)
      for (const event of commit.events)
        state = decider.evolve(state, upcast(event) as unknown as DomainEvent);
    const last = commits[commits.length - 1];
    const loaded: LoadedStream<S> = {
      state,
      version: last?.seq ?? base?.version ?? 0,
      head: last ? { hash: last.hash, recordedAt: last.recordedAt } : (base?.head ?? null),
    };
    if (loaded.version > 0) this.remember(streamId, { ...loaded, decider } as Entry);
    return loaded;
  }

  private remember(streamId: string, entry: Entry): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > MAX_STREAMS)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
