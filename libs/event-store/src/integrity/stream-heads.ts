import type { EventStore, SealHead } from '../event-store.port';
import { compareStreamIds } from './merkle';
import { scanCommits, type OnScanProgress } from './scan';
import { isSealStream } from './seal-stream';

/**
 * The head (last commit) of every stream but the seal streams, sorted by streamId.
 * Commits appended during the scan may or may not be seen; either way each head is a
 * commit that exists, which is all a seal needs.
 */
export async function readStreamHeads(
  store: EventStore,
  onProgress?: OnScanProgress,
): Promise<SealHead[]> {
  const heads = new Map<string, SealHead>();
  await scanCommits(
    store,
    ({ streamId, seq, hash }) => {
      if (isSealStream(streamId)) return;
      const known = heads.get(streamId);
      if (!known || seq > known.seq) heads.set(streamId, { streamId, seq, hash });
    },
    () => heads.size,
    onProgress,
  );
  return [...heads.values()].sort(compareStreamIds);
}
