import type { StoredCommit } from '../commit';

/**
 * A commit as a MongoDB document: queried fields at the top level. Commits of stores
 * made before the outbox entry came first also carry a `dispatched` flag, now unread.
 */
export type CommitDocument = Omit<StoredCommit, 'id'> & { _id: string; dispatched?: boolean };

export function toCommit(doc: CommitDocument): StoredCommit {
  const { _id, dispatched: _dispatched, ...rest } = doc;
  return { id: _id, ...rest };
}
