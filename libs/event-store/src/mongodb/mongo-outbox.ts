import type { Collection, Db } from 'mongodb';
import { guarded } from '@pb/storage';
import { commitId, type StoredCommit } from '../commit';
import { toCommit, type CommitDocument } from './commit-document';

/** A pending publication; its `_id` sorts by recording time, then by commit id. */
interface OutboxEntry {
  _id: string;
  commitId: string;
}

/** How often readUndispatched also sweeps for commits whose outbox entry was lost in a crash. */
const SWEEP_EVERY_MS = 30_000;
/** A commit younger than this may still be getting its outbox entry. */
const SWEEP_GRACE_MS = 10_000;

/**
 * What the relay reads of the MongoDB event store: `outbox`, a small collection of
 * pending commits whose `_id` sorts by recording time, so that a read costs a batch
 * whatever the store holds (docs/adr/0002-outbox-on-mongodb.md); and the `dispatched`
 * flag on each commit, from which lost entries are found again.
 */
export class MongoOutbox {
  private readonly entries: Collection<OutboxEntry>;
  private lastSweep: number | null = null;
  /** The commits of the last batch handed to the relay, with their times. */
  private handedOut = new Map<string, string>();
  /** The commits whose markDispatched is under way: published, not to be handed out again. */
  private readonly marking = new Set<string>();

  constructor(
    db: Db,
    private readonly commits: Collection<CommitDocument>,
  ) {
    this.entries = db.collection<OutboxEntry>('outbox');
  }

  /** The entry of a commit just made. */
  async add(commit: StoredCommit): Promise<void> {
    await guarded(() => this.entries.insertOne(outboxEntryOf(commit)));
  }

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    // The entries of a batch being marked are still there: read past them.
    const marking = new Set(this.marking);
    const read = await this.oldestEntries(limit + marking.size);
    const entries = read.filter((entry) => !marking.has(entry.commitId)).slice(0, limit);
    const ids = entries.map((entry) => entry.commitId);
    const pending =
      ids.length === 0
        ? []
        : await guarded(() =>
            this.commits.find({ _id: { $in: ids }, dispatched: false }).toArray(),
          );
    const byId = new Map<string, CommitDocument>(pending.map((doc) => [doc._id, doc]));
    const stale = entries.filter((entry) => !byId.has(entry.commitId)).map((entry) => entry._id);
    if (stale.length > 0) await guarded(() => this.entries.deleteMany({ _id: { $in: stale } }));
    for (const doc of await this.predecessorsOf([...byId.values()])) byId.set(doc._id, doc);
    // While a backlog is pending every undispatched commit would match the sweep, which
    // the server reads whole before the limit: it waits until the outbox is drained.
    if (entries.length < limit) for (const doc of await this.sweep(limit)) byId.set(doc._id, doc);
    // Those being marked (when this read began, or since) are published already.
    for (const id of [...marking, ...this.marking]) byId.delete(id);
    this.handedOut = new Map([...byId.values()].map((doc) => [doc._id, doc.recordedAt]));
    return [...byId.values()].sort(inPublicationOrder).map(toCommit);
  }

  /**
   * The oldest outbox entries, from the start of the `_id` index. The bound `$gte: ''`
   * (every entry: their keys are strings) makes the query a string range on `_id`, which
   * the MongoDB-wire server here serves from the index up to the limit
   * (tools/ferretdb/patches/0002): a read costs a batch, whatever the backlog. An entry
   * written late, with an early time, is at the front of the next read.
   */
  private oldestEntries(limit: number): Promise<OutboxEntry[]> {
    return guarded(() =>
      this.entries
        .find({ _id: { $gte: '' } })
        .sort({ _id: 1 })
        .limit(limit)
        .toArray(),
    );
  }

  /**
   * The undispatched earlier commits of the streams in a batch: an outbox entry can be
   * written late (the writer paused between its two inserts), and a stream's commits
   * are always published in seq order.
   */
  private async predecessorsOf(batch: readonly CommitDocument[]): Promise<CommitDocument[]> {
    const first = new Map<string, number>();
    for (const doc of batch)
      first.set(doc.streamId, Math.min(first.get(doc.streamId) ?? doc.seq, doc.seq));
    const previous = [...first]
      .filter(([, seq]) => seq > 1)
      .map(([streamId, seq]) => commitId(streamId, seq - 1));
    if (previous.length === 0) return [];
    const late = await guarded(() =>
      this.commits.find({ _id: { $in: previous }, dispatched: false }).toArray(),
    );
    const found: CommitDocument[] = [];
    for (const doc of late) {
      const earlier = await guarded(() =>
        this.commits
          .find({
            _id: {
              $gt: commitId(doc.streamId, 0),
              $lt: commitId(doc.streamId, first.get(doc.streamId)!),
            },
          })
          .toArray(),
      );
      found.push(...earlier.filter((d) => !d.dispatched));
    }
    return found;
  }

  /**
   * Now and then, once the outbox is drained, the commits a crash left without an outbox
   * entry (a full scan, hence rare). Until then a stream's later commits carry its
   * orphans along (predecessorsOf), so each stream still reaches Kafka in order.
   */
  private async sweep(limit: number): Promise<CommitDocument[]> {
    // How often: the monotonic clock, which a jump back cannot stop for the jump's length.
    // Which commits: their recordedAt, wall-clock time, the one clock the apis share.
    if (this.lastSweep !== null && performance.now() - this.lastSweep < SWEEP_EVERY_MS) return [];
    this.lastSweep = performance.now();
    const before = new Date(Date.now() - SWEEP_GRACE_MS).toISOString();
    return guarded(() =>
      this.commits
        .find({ dispatched: false, recordedAt: { $lt: before } })
        .sort({ _id: 1 })
        .limit(limit)
        .toArray(),
    );
  }

  async markDispatched(commitIds: readonly string[]): Promise<void> {
    if (commitIds.length === 0) return;
    for (const id of commitIds) this.marking.add(id);
    try {
      await this.mark(commitIds, this.handedOut);
    } finally {
      for (const id of commitIds) this.marking.delete(id);
    }
  }

  private async mark(
    commitIds: readonly string[],
    handedOut: ReadonlyMap<string, string>,
  ): Promise<void> {
    // The outbox keys of the batch handed out are known; others are looked up.
    const unknown = commitIds.filter((id) => !handedOut.has(id));
    const looked =
      unknown.length === 0
        ? []
        : await guarded(() =>
            this.commits
              .find({ _id: { $in: unknown } }, { projection: { recordedAt: 1 } })
              .toArray(),
          );
    const keys = [
      ...commitIds
        .filter((id) => handedOut.has(id))
        .map((id) => ({ id, recordedAt: handedOut.get(id)! })),
      ...looked.map((doc) => ({ id: doc._id, recordedAt: doc.recordedAt })),
    ].map((commit) => outboxEntryOf(commit)._id);
    // Either order is safe: a flag without its entry deleted is a stale entry, dropped at
    // the next read; an entry deleted without its flag is found by the sweep.
    await Promise.all([
      guarded(() =>
        this.commits.updateMany({ _id: { $in: [...commitIds] } }, { $set: { dispatched: true } }),
      ),
      guarded(() => this.entries.deleteMany({ _id: { $in: keys } })),
    ]);
  }

  async countUndispatched(): Promise<number> {
    return guarded(() => this.entries.countDocuments({}));
  }
}

function outboxEntryOf(commit: { id: string; recordedAt: string }): OutboxEntry {
  return { _id: `${commit.recordedAt}|${commit.id}`, commitId: commit.id };
}

/** Recording time first; within one stream, seq order (recordedAt never decreases along a stream). */
function inPublicationOrder(a: CommitDocument, b: CommitDocument): number {
  if (a.streamId === b.streamId) return a.seq - b.seq;
  return a.recordedAt === b.recordedAt
    ? a._id < b._id
      ? -1
      : 1
    : a.recordedAt < b.recordedAt
      ? -1
      : 1;
}
