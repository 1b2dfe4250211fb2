import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { NewCommit, StoredCommit } from './commit';
import { commitId } from './commit';

/** The part of a commit that its hash covers: everything but mutable dispatch state. */
function hashedContent(commit: NewCommit) {
  return {
    streamId: commit.streamId,
    seq: commit.seq,
    commandId: commit.commandId,
    commandType: commit.commandType,
    // Absent from older commits: their hashes stay what they were.
    ...(commit.requestHash !== undefined && { requestHash: commit.requestHash }),
    actor: commit.actor,
    recordedAt: commit.recordedAt,
    events: commit.events,
  };
}

/** sha256(prevHash + RFC 8785 canonical JSON of the commit), hex. */
export function hashCommit(commit: NewCommit): string {
  const canonical = canonicalize(hashedContent(commit));
  if (canonical === undefined) throw new Error('commit cannot be canonicalised');
  return createHash('sha256').update(commit.prevHash).update(canonical).digest('hex');
}

export function sealCommit(commit: NewCommit): StoredCommit {
  return { ...commit, id: commitId(commit.streamId, commit.seq), hash: hashCommit(commit) };
}
