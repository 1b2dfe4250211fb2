import type { EventEnvelope } from '@pb/contracts';

/** A commit about to be appended: the events of one command, at the stream's next seq. */
export interface NewCommit {
  readonly streamId: string;
  readonly seq: number;
  readonly commandId: string;
  readonly commandType: string;
  /**
   * sha256 of the request that sent the command (method, route, path parameters, canonical
   * JSON body), when one did: a retry under the same commandId must be the same request.
   * Commits made before it was recorded have none.
   */
  readonly requestHash?: string;
  readonly actor: string;
  readonly recordedAt: string;
  readonly events: readonly EventEnvelope[];
  /** The hash of the stream's previous commit, or GENESIS_HASH for seq 1. */
  readonly prevHash: string;
}

/** A commit as stored: immutable, chained to its predecessor by its hash. */
export interface StoredCommit extends NewCommit {
  /** `<streamId>:<seq zero-padded to 10 digits>`, so that ids sort by stream, then seq. */
  readonly id: string;
  readonly hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
export const SEQ_DIGITS = 10;

export function commitId(streamId: string, seq: number): string {
  return `${streamId}:${String(seq).padStart(SEQ_DIGITS, '0')}`;
}
