import type { Collection, Db } from 'mongodb';
import type { NewCommit, StoredCommit } from '../commit';
import { DuplicateCommand, EventStore, StreamVersionConflict, type CommitPage } from '../event-store.port';
import { sealCommit } from '../hash';
import { guarded, isDuplicateKey } from './mongo-errors';

/** A commit as a MongoDB document: queried fields at the top level. */
type CommitDocument = Omit<StoredCommit, 'id'> & { _id: string; dispatched: boolean };

/**
 * The event store on MongoDB (collection `commits`). The `_id` `<streamId>:<seq>` gives
 * optimistic concurrency for free; a unique index on `commandId` gives idempotency.
 */
export class MongoEventStore extends EventStore {
  private readonly commits: Collection<CommitDocument>;

  constructor(
    db: Db,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    super();
    this.commits = db.collection<CommitDocument>('commits');
  }

  /** Creates the indexes; safe to call at every start. */
  async init(): Promise<this> {
    await guarded(async () => {
      await this.commits.createIndex({ commandId: 1 }, { unique: true, name: 'commandId_unique' });
      await this.commits.createIndex({ streamId: 1, seq: 1 }, { name: 'stream_seq' });
      await this.commits.createIndex({ dispatched: 1, _id: 1 }, { name: 'dispatched_id' });
    });
    return this;
  }

  async append(commit: NewCommit): Promise<StoredCommit> {
    const stored = sealCommit(commit);
    const { id, ...rest } = stored;
    try {
      await guarded(() => this.commits.insertOne({ _id: id, ...rest, dispatched: false }));
      return stored;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.findByCommandId(commit.commandId);
      if (existing) throw new DuplicateCommand(existing);
      throw new StreamVersionConflict(commit.streamId, commit.seq);
    }
  }

  async readStream(streamId: string, afterSeq = 0, toSeq = Number.MAX_SAFE_INTEGER): Promise<StoredCommit[]> {
    const docs = await guarded(() =>
      this.commits.find({ streamId, seq: { $gt: afterSeq, $lte: toSeq } }).sort({ seq: 1 }).toArray(),
    );
    return docs.map(toCommit);
  }

  async findByCommandId(commandId: string): Promise<StoredCommit | null> {
    const doc = await guarded(() => this.commits.findOne({ commandId }));
    return doc ? toCommit(doc) : null;
  }

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    const docs = await guarded(() =>
      this.commits.find({ dispatched: false }).sort({ _id: 1 }).limit(limit).toArray(),
    );
    return docs.map(toCommit);
  }

  async markDispatched(commitIds: readonly string[]): Promise<void> {
    if (commitIds.length === 0) return;
    await guarded(() =>
      this.commits.updateMany({ _id: { $in: [...commitIds] } }, { $set: { dispatched: true } }),
    );
  }

  async readAll(after: string | null, limit: number): Promise<CommitPage> {
    const filter = after === null ? {} : { _id: { $gt: after } };
    const docs = await guarded(() => this.commits.find(filter).sort({ _id: 1 }).limit(limit).toArray());
    const last = docs[docs.length - 1];
    return { commits: docs.map(toCommit), next: last ? last._id : after };
  }

  async countUndispatched(): Promise<number> {
    return guarded(() => this.commits.countDocuments({ dispatched: false }));
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

function toCommit(doc: CommitDocument): StoredCommit {
  const { _id, dispatched: _dispatched, ...rest } = doc;
  return { id: _id, ...rest };
}
