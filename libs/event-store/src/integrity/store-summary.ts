import type { EventStore, SealHead } from '../event-store.port';
import { compareStreamIds, merkleRoot } from './merkle';
import { scanCommits, type OnScanProgress } from './scan';
import { latestSeal, type LatestSeal } from './seal-record';

/** What a store holds, in numbers and heads: a backup's manifest records it. */
export interface StoreSummary {
  readonly streams: number;
  readonly commits: number;
  readonly events: number;
  /** The last commit of every stream, the seal streams' included, sorted by streamId. */
  readonly heads: readonly SealHead[];
  /** merkleRoot of `heads`, computed as a seal's root is (see merkle.ts). */
  readonly headsRoot: string;
  /** The federation's latest seal, or null before the first. */
  readonly seal: LatestSeal | null;
}

/** Reads the whole store once; meant for a store nobody writes, such as a backup's copy. */
export async function summarizeStore(
  store: EventStore,
  federationId: string,
  onProgress?: OnScanProgress,
): Promise<StoreSummary> {
  const heads = new Map<string, SealHead>();
  let events = 0;
  const commits = await scanCommits(
    store,
    ({ streamId, seq, hash, events: inCommit }) => {
      events += inCommit.length;
      const known = heads.get(streamId);
      if (!known || seq > known.seq) heads.set(streamId, { streamId, seq, hash });
    },
    () => heads.size,
    onProgress,
  );
  const sorted = [...heads.values()].sort(compareStreamIds);
  return {
    streams: sorted.length,
    commits,
    events,
    heads: sorted,
    headsRoot: merkleRoot(sorted),
    seal: await latestSeal(store, federationId),
  };
}
