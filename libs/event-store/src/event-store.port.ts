import { Conflict } from '@pb/domain';
import type { NewCommit, StoredCommit } from './commit';
import { chunksOf } from './integrity/seal-chunks';

/** Two writers appended at the same seq of one stream; the loser gets this. */
export class StreamVersionConflict extends Conflict {
  constructor(
    readonly streamId: string,
    readonly seq: number,
  ) {
    super(
      'STREAM.CONCURRENT_WRITE',
      `stream ${streamId} was written concurrently at version ${seq}`,
    );
  }
}

/** A commit with the same commandId exists: the command was already carried out. */
export class DuplicateCommand extends Error {
  constructor(readonly existing: StoredCommit) {
    super(`command ${existing.commandId} was already committed as ${existing.id}`);
  }
}

/** A page of commits in the store's global reading order, with where to go on from. */
export interface CommitPage {
  readonly commits: StoredCommit[];
  /** Pass back to read the next page; null when the store has nothing more now. */
  readonly next: string | null;
}

/** The head of one stream as a seal records it: its last commit's seq and hash. */
export interface SealHead {
  readonly streamId: string;
  readonly seq: number;
  readonly hash: string;
}

/** Only the three fields, whatever else the caller's objects carry. */
export function plainHead({ streamId, seq, hash }: SealHead): SealHead {
  return { streamId, seq, hash };
}

/** Heads per stored chunk: half a million streams do not fit in one document. */
export const SEAL_HEADS_PER_CHUNK = 5000;

export interface AppendOptions {
  /**
   * Whether the command can come again under the same commandId (an Idempotency-Key,
   * an inbound message id), so that findByCommandId must answer quickly for it. A
   * command under a fresh id is never asked for: on MongoDB it then costs no entry in
   * `commands` (the unique index on the commits still refuses a duplicate). Default true.
   */
  readonly retriable?: boolean;
}

/**
 * The event store: one immutable commit per command, keyed `<streamId>:<seq>`.
 * The port doubles as the DI token.
 */
export abstract class EventStore {
  /**
   * Whether readAll pages in the order commits were made (SQLite's rowid), so that a
   * reader may resume from its last page to see only what came since. On MongoDB pages
   * go by `_id` (stream, then seq): a new commit can land before the last page.
   */
  get readsInCommitOrder(): boolean {
    return false;
  }

  /**
   * Appends one commit atomically. Throws StreamVersionConflict when the seq is taken,
   * DuplicateCommand when the commandId was committed before.
   */
  abstract append(commit: NewCommit, options?: AppendOptions): Promise<StoredCommit>;

  /** The commits of one stream with afterSeq < seq <= toSeq, in seq order. */
  abstract readStream(streamId: string, afterSeq?: number, toSeq?: number): Promise<StoredCommit[]>;

  /**
   * The commits of these ids that exist, in one round trip where the store allows: what
   * a caller that knows a stream's head reads to learn, at once for several streams,
   * whether the head is still the last commit (its successor's id absent).
   */
  async readCommits(ids: readonly string[]): Promise<StoredCommit[]> {
    const found = await Promise.all(
      ids.map((id) => {
        const at = id.lastIndexOf(':');
        const seq = Number(id.slice(at + 1));
        return this.readStream(id.slice(0, at), seq - 1, seq);
      }),
    );
    return found.flat();
  }

  abstract findByCommandId(commandId: string): Promise<StoredCommit | null>;

  /**
   * Up to `limit` commits not yet published, each stream's in seq order. Commits whose
   * markDispatched is still under way are not among them: the relay reads its next
   * batch while the last one is being marked.
   */
  abstract readUndispatched(limit: number): Promise<StoredCommit[]>;

  abstract markDispatched(commitIds: readonly string[]): Promise<void>;

  /** Every commit, page by page, each stream's in seq order. */
  abstract readAll(after: string | null, limit: number): Promise<CommitPage>;

  /** The number of commits not yet published (the relay's backlog). */
  abstract countUndispatched(): Promise<number>;

  /**
   * Stores the heads a seal saw, in chunks of at most `chunkSize`, in the given order.
   * Replaces whatever was saved under the sealId before, so a retry is harmless.
   */
  async saveSealHeads(
    sealId: string,
    heads: readonly SealHead[],
    chunkSize = SEAL_HEADS_PER_CHUNK,
  ): Promise<void> {
    await this.replaceSealHeads(sealId, chunksOf(heads.map(plainHead), chunkSize));
  }

  /** Drops the chunks saved under a sealId and saves these in their place, in order. */
  protected abstract replaceSealHeads(
    sealId: string,
    chunks: readonly (readonly SealHead[])[],
  ): Promise<void>;

  /** The heads saved under a sealId, in the order they were saved; [] for an unknown seal. */
  abstract loadSealHeads(sealId: string): Promise<SealHead[]>;

  abstract close(): Promise<void>;
}
