import { commitId } from '../commit';

export type ProblemKind =
  /** One or more commits of a stream are gone: a gap, or a stream ending below its seal. */
  | 'missing-commit'
  /** A sealed stream has no commit left at all. */
  | 'missing-stream'
  /** A commit's prevHash is not the hash of the commit before it. */
  | 'broken-link'
  /** A commit's content does not match its hash, or its hash not the sealed one. */
  | 'altered'
  /** A commit is stored under an id other than `<streamId>:<seq>` of its content. */
  | 'wrong-id'
  /** A commit came after a later seq of its stream, or twice. */
  | 'out-of-order'
  /** The saved heads of the seal do not give the root its SealRecorded event recorded. */
  | 'seal-heads-altered'
  /** An event names an evidence file the file store no longer holds. */
  | 'file-missing'
  /** An evidence file an event names holds bytes of another hash. */
  | 'file-altered';

export interface Problem {
  readonly kind: ProblemKind;
  readonly streamId: string;
  readonly seq: number | null;
  readonly commitId: string | null;
  readonly message: string;
  /** For a file problem: the file as the event names it, and the hash of what is there (null: nothing). */
  readonly file?: {
    readonly name: string;
    readonly expectedSha256: string;
    readonly actualSha256: string | null;
  };
}

/** The commits first..last of a stream are missing; `cause` says how we know. */
export function missingCommits(
  streamId: string,
  first: number,
  last: number,
  cause: string,
): Problem {
  const from = commitId(streamId, first);
  const what =
    first === last
      ? `commit ${from} is missing`
      : `commits ${from} to ${commitId(streamId, last)} are missing (${last - first + 1})`;
  return {
    kind: 'missing-commit',
    streamId,
    seq: first,
    commitId: from,
    message: `${what}: ${cause}`,
  };
}

/** Stream order, then seq (a stream-wide problem first), then kind: stable across runs. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.streamId !== b.streamId) return a.streamId < b.streamId ? -1 : 1;
  if (a.seq !== b.seq) return (a.seq ?? 0) - (b.seq ?? 0);
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
