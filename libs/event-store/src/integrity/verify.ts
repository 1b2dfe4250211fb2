import { commitId } from '../commit';
import type { EventStore, SealHead } from '../event-store.port';
import { ChainChecker } from './chain-checker';
import { EvidenceCheck, type FileChecker } from './evidence-check';
import { merkleRoot } from './merkle';
import { compareProblems, missingCommits, type Problem } from './problems';
import { scanCommits, type OnScanProgress } from './scan';
import { latestSeal, type LatestSeal } from './seal-record';

export interface VerifyOptions {
  readonly federationId: string;
  readonly onProgress?: OnScanProgress;
  /** Also checks every evidence file an event names: that it is there, with its hash. */
  readonly files?: FileChecker;
}

export interface VerifyReport {
  readonly ok: boolean;
  /** Every stream and commit read, the seal streams' included. */
  readonly streams: number;
  readonly commits: number;
  /** The distinct evidence files the events name, each checked when a file store was given. */
  readonly files: number;
  /** The seal checked against: the federation's latest, or null before the first. */
  readonly seal: {
    readonly sealId: string;
    readonly sealedAt: string;
    readonly root: string;
    readonly streams: number;
  } | null;
  /** Sorted by streamId, then seq. */
  readonly problems: Problem[];
  readonly firstProblem: Problem | null;
}

/**
 * Checks every stream's chain, then that every head of the latest seal is still there
 * with the same hash: the chain alone cannot show a deleted last commit or stream.
 * Commits written after the seal are fine. The seal is read before the scan, so a seal
 * recorded meanwhile is not used. With `files`, every evidence file an event names is
 * checked too.
 */
export async function verifyStore(
  store: EventStore,
  options: VerifyOptions,
): Promise<VerifyReport> {
  const seal = await latestSeal(store, options.federationId);
  const heads = seal ? await store.loadSealHeads(seal.sealId) : [];
  const checker = new ChainChecker(new Map(heads.map((head) => [head.streamId, head.seq])));
  const evidence = new EvidenceCheck();
  const commits = await scanCommits(
    store,
    (commit) => {
      checker.visit(commit);
      evidence.visit(commit);
    },
    () => checker.streamCount,
    options.onProgress,
  );
  const problems = [...checker.problems];
  if (seal) problems.push(...sealProblems(seal, heads, checker));
  if (options.files) problems.push(...(await evidence.problems(options.files)));
  problems.sort(compareProblems);
  return {
    ok: problems.length === 0,
    streams: checker.streamCount,
    commits,
    files: evidence.files,
    seal: seal
      ? { sealId: seal.sealId, sealedAt: seal.sealedAt, root: seal.root, streams: seal.streams }
      : null,
    problems,
    firstProblem: problems[0] ?? null,
  };
}

function sealProblems(
  seal: LatestSeal,
  heads: readonly SealHead[],
  checker: ChainChecker,
): Problem[] {
  const problems: Problem[] = [];
  const by = `the seal of ${seal.sealedAt}`;
  const root = merkleRoot(heads);
  if (root !== seal.root)
    problems.push({
      kind: 'seal-heads-altered',
      streamId: seal.streamId,
      seq: seal.seq,
      commitId: seal.commitId,
      message:
        `the heads saved for seal ${seal.sealId} do not match it: ${by} (${seal.commitId}) ` +
        `recorded root ${seal.root} over ${seal.streams} streams, the ${heads.length} saved heads give ${root}`,
    });
  for (const head of heads) {
    const { streamId, seq } = head;
    const lastSeq = checker.lastSeqOf(streamId);
    const stored = checker.sealedHashOf(streamId);
    if (lastSeq === null)
      problems.push({
        kind: 'missing-stream',
        streamId,
        seq: null,
        commitId: null,
        message: `stream ${streamId} is missing: ${by} saw it at seq ${seq}, the store has no commit of it`,
      });
    else if (stored !== null && stored !== head.hash)
      problems.push({
        kind: 'altered',
        streamId,
        seq,
        commitId: commitId(streamId, seq),
        message: `commit ${commitId(streamId, seq)} is not the one sealed: ${by} recorded hash ${head.hash}, the store holds ${stored}`,
      });
    else if (lastSeq < seq)
      problems.push(
        missingCommits(
          streamId,
          lastSeq + 1,
          seq,
          `${by} saw seq ${seq}, the store ends at ${lastSeq}`,
        ),
      );
    // Otherwise the sealed seq is there, or falls in a gap the chain check has reported.
  }
  return problems;
}
