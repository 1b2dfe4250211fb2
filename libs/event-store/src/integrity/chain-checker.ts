import { commitId, GENESIS_HASH, type StoredCommit } from '../commit';
import { hashCommit } from '../hash';
import { missingCommits, type Problem } from './problems';

interface StreamState {
  lastSeq: number;
  lastHash: string;
}

/**
 * Checks each stream's chain as its commits stream past, in seq order per stream but
 * with streams interleaved (SQLite reads in commit order), keeping only each stream's
 * last seq and hash: the store may not fit in memory, its heads do.
 */
export class ChainChecker {
  readonly problems: Problem[] = [];
  private readonly streams = new Map<string, StreamState>();
  /** The stored hash of each commit a seal names, by streamId, as the scan meets it. */
  private readonly sealedHashes = new Map<string, string>();

  constructor(private readonly sealedSeqs: ReadonlyMap<string, number> = new Map()) {}

  get streamCount(): number {
    return this.streams.size;
  }

  lastSeqOf(streamId: string): number | null {
    return this.streams.get(streamId)?.lastSeq ?? null;
  }

  sealedHashOf(streamId: string): string | null {
    return this.sealedHashes.get(streamId) ?? null;
  }

  visit(commit: StoredCommit): void {
    const { streamId, seq } = commit;
    const id = commitId(streamId, seq);
    if (commit.id !== id)
      this.report(
        'wrong-id',
        commit,
        `commit ${commit.id} holds ${id}: it is stored under the wrong id`,
      );
    if (!matchesItsHash(commit))
      this.report(
        'altered',
        commit,
        `commit ${id} was altered: its content does not match its hash ${commit.hash}`,
      );
    if (this.sealedSeqs.get(streamId) === seq) this.sealedHashes.set(streamId, commit.hash);

    const state = this.streams.get(streamId) ?? { lastSeq: 0, lastHash: GENESIS_HASH };
    this.streams.set(streamId, state);
    if (seq <= state.lastSeq) {
      this.report(
        'out-of-order',
        commit,
        `commit ${id} came after seq ${state.lastSeq} of its stream`,
      );
      return;
    }
    if (seq > state.lastSeq + 1) {
      const cause =
        state.lastSeq === 0
          ? `the stream starts at seq ${seq}`
          : `the stream goes from seq ${state.lastSeq} to seq ${seq}`;
      this.problems.push(missingCommits(streamId, state.lastSeq + 1, seq - 1, cause));
    } else if (commit.prevHash !== state.lastHash) {
      // After a gap the predecessor is unknown, so only an unbroken run is checked.
      const expected =
        seq === 1
          ? 'the genesis hash'
          : `the hash of ${commitId(streamId, seq - 1)}, ${state.lastHash}`;
      this.report(
        'broken-link',
        commit,
        `commit ${id} does not chain to its predecessor: its prevHash is ${commit.prevHash}, not ${expected}`,
      );
    }
    state.lastSeq = seq;
    state.lastHash = commit.hash;
  }

  private report(kind: Problem['kind'], commit: StoredCommit, message: string): void {
    this.problems.push({
      kind,
      streamId: commit.streamId,
      seq: commit.seq,
      commitId: commit.id,
      message,
    });
  }
}

function matchesItsHash(commit: StoredCommit): boolean {
  try {
    return hashCommit(commit) === commit.hash;
  } catch {
    // Content that cannot even be canonicalised was certainly not what was hashed.
    return false;
  }
}
