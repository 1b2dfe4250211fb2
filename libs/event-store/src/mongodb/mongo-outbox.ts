import type { Collection, Db } from 'mongodb';
import { guarded, isDuplicateKey } from '@pb/storage';
import { commitId, type StoredCommit } from '../commit';
import { toCommit, type CommitDocument } from './commit-document';
import { PublishedHeads } from './published-heads';

/** A pending publication; its `_id` sorts by recording time, then by commit id. */
interface OutboxEntry {
  _id: string;
  commitId: string;
}

/**
 * An entry is written before its commit. One whose commit this relay has found missing
 * for this long, on its own monotonic clock, belongs to a writer that died between the
 * two: dropped.
 */
export const ENTRY_GRACE_MS = 60_000;
/**
 * A writer whose commit was acknowledged this long after it began writing its entry, on
 * its own monotonic clock, writes the entry again, in case the relay took it for a dead
 * writer's: the relay waits twice as long. No wall clock is compared, so clock steps and
 * skew between machines change nothing.
 */
export const ANNOUNCE_AGAIN_AFTER_MS = ENTRY_GRACE_MS / 2;

/**
 * What the relay reads of the MongoDB event store: `outbox`, a small collection of
 * pending commits whose `_id` sorts by recording time, so that a read costs a batch
 * whatever the store holds (docs/adr/0002-outbox-on-mongodb.md). Each entry is written
 * before its commit and deleted once the commit is published, in one deleteMany per
 * batch: the commits themselves are never updated.
 */
export class MongoOutbox {
  private readonly entries: Collection<OutboxEntry>;
  /** The outbox keys of the last batch handed to the relay, by commit id. */
  private handedOut = new Map<string, string>();
  /** The commits whose markDispatched is under way: published, not to be handed out again. */
  private readonly marking = new Set<string>();
  private readonly published = new PublishedHeads();
  private upgraded: Promise<void> | null = null;
  /** When this relay first found each entry of its last read without its commit. */
  private missingSince = new Map<string, number>();

  constructor(
    db: Db,
    private readonly commits: Collection<CommitDocument>,
    private readonly now: () => number,
  ) {
    this.entries = db.collection<OutboxEntry>('outbox');
  }

  /**
   * The entry of a commit about to be made. One of the same key may be there already: a
   * racing writer's at the same time and seq, which names whichever commit wins.
   */
  async announce(commit: StoredCommit): Promise<void> {
    try {
      await guarded(() => this.entries.insertOne(outboxEntryOf(commit)));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** The entry again, for a commit that landed late (ANNOUNCE_AGAIN_AFTER_MS). */
  async announceAgain(commit: StoredCommit): Promise<void> {
    const { _id, ...entry } = outboxEntryOf(commit);
    await guarded(() => this.entries.replaceOne({ _id }, entry, { upsert: true }));
  }

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    this.upgraded ??= this.publishLegacyOrphans();
    await this.upgraded.catch((error: unknown) => {
      this.upgraded = null;
      throw error;
    });
    // The entries of a batch being marked are still there: read past them.
    const marking = new Set(this.marking);
    const read = await this.oldestEntries(limit + marking.size);
    const entries = read.filter((entry) => !marking.has(entry.commitId)).slice(0, limit);
    const ids = entries.map((entry) => entry.commitId);
    const found =
      ids.length === 0
        ? []
        : await guarded(() => this.commits.find({ _id: { $in: ids } }).toArray());
    const byId = new Map<string, CommitDocument>(found.map((doc) => [doc._id, doc]));
    const ready: { entry: OutboxEntry; doc: CommitDocument }[] = [];
    const stale: string[] = [];
    const missingSince = new Map<string, number>();
    for (const entry of entries) {
      const doc = byId.get(entry.commitId);
      // Another writer's commit at that seq: this entry is the refused writer's.
      if (doc && outboxEntryOf({ id: doc._id, recordedAt: doc.recordedAt })._id !== entry._id)
        stale.push(entry._id);
      else if (doc) ready.push({ entry, doc });
      else {
        // No commit yet: its writer is between its two inserts, or died there.
        const since = this.missingSince.get(entry._id) ?? this.now();
        if (this.now() - since >= ENTRY_GRACE_MS) stale.push(entry._id);
        else missingSince.set(entry._id, since);
      }
    }
    this.missingSince = missingSince;
    if (stale.length > 0) await guarded(() => this.entries.deleteMany({ _id: { $in: stale } }));
    const held = await this.heldBack(ready.map(({ doc }) => doc));
    const batch = ready.filter(({ doc }) => !held.has(doc.streamId));
    // Those being marked since this read began are published already.
    const out = batch.filter(({ doc }) => !this.marking.has(doc._id));
    this.handedOut = new Map(out.map(({ entry, doc }) => [doc._id, entry._id]));
    return out
      .map(({ doc }) => doc)
      .sort(inPublicationOrder)
      .map(toCommit);
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
   * The streams of a batch whose previous commit still waits in the outbox, to go out
   * after it. Its entry, written before its commit and so before the next commit's entry,
   * sorts before theirs and is read with them; only a read that a server serves from more
   * than one snapshot could see the later entry alone. Streams whose previous commit this
   * relay published (or is deleting the entry of) need no look.
   */
  private async heldBack(batch: readonly CommitDocument[]): Promise<Set<string>> {
    const first = new Map<string, number>();
    for (const doc of batch)
      first.set(doc.streamId, Math.min(first.get(doc.streamId) ?? doc.seq, doc.seq));
    const unknown = [...first]
      .filter(([streamId, seq]) => seq > 1 && !this.wentOut(streamId, seq - 1))
      .map(([streamId, seq]) => commitId(streamId, seq - 1));
    if (unknown.length === 0) return new Set();
    const previous = await guarded(() =>
      this.commits
        .find({ _id: { $in: unknown } }, { projection: { recordedAt: 1, streamId: 1 } })
        .toArray(),
    );
    const keys = previous.map((doc) => outboxEntryOf({ id: doc._id, recordedAt: doc.recordedAt }));
    const waiting = await guarded(() =>
      this.entries.find({ _id: { $in: keys.map((key) => key._id) } }).toArray(),
    );
    const streamOf = new Map(previous.map((doc) => [doc._id, doc.streamId]));
    return new Set(waiting.map((entry) => streamOf.get(entry.commitId)!));
  }

  /** Published by this relay: recorded, or in the batch whose entries are being deleted. */
  private wentOut(streamId: string, seq: number): boolean {
    return this.published.has(streamId, seq) || this.marking.has(commitId(streamId, seq));
  }

  async markDispatched(commitIds: readonly string[]): Promise<void> {
    if (commitIds.length === 0) return;
    for (const id of commitIds) this.marking.add(id);
    try {
      await this.deleteEntries(commitIds, this.handedOut);
      for (const id of commitIds) this.published.add(id);
    } finally {
      for (const id of commitIds) this.marking.delete(id);
    }
  }

  /** One deleteMany for the batch: the outbox keys of the batch handed out are known. */
  private async deleteEntries(
    commitIds: readonly string[],
    handedOut: ReadonlyMap<string, string>,
  ): Promise<void> {
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
      ...commitIds.flatMap((id) => handedOut.get(id) ?? []),
      ...looked.map((doc) => outboxEntryOf({ id: doc._id, recordedAt: doc.recordedAt })._id),
    ];
    await guarded(() => this.entries.deleteMany({ _id: { $in: keys } }));
  }

  async countUndispatched(): Promise<number> {
    return guarded(() => this.entries.countDocuments({}));
  }

  /**
   * Stores written before entries came first flagged each commit `dispatched` and wrote
   * its entry after it: a crash between the two left a commit flagged false without an
   * entry. Once per process, before its first read, such commits get their entry, and
   * lose the flag so that the next start does not publish them again (a scan, hence once).
   */
  private async publishLegacyOrphans(): Promise<void> {
    const flagged = await guarded(() =>
      this.commits.find({ dispatched: false }, { projection: { recordedAt: 1 } }).toArray(),
    );
    if (flagged.length === 0) return;
    await guarded(() =>
      this.entries.bulkWrite(
        flagged.map((doc) => {
          const { _id, ...entry } = outboxEntryOf({ id: doc._id, recordedAt: doc.recordedAt });
          return { replaceOne: { filter: { _id }, replacement: entry, upsert: true } };
        }),
        { ordered: false },
      ),
    );
    await guarded(() =>
      this.commits.updateMany(
        { _id: { $in: flagged.map((doc) => doc._id) } },
        { $unset: { dispatched: '' } },
      ),
    );
  }
}

function outboxEntryOf(commit: { id: string; recordedAt: string }): OutboxEntry {
  return { _id: `${commit.recordedAt}|${commit.id}`, commitId: commit.id };
}

/**
 * The entries' order, recording time first; within one stream, seq order even where a
 * stream's times go back (the runner never lets them; a store written by hand might).
 */
function inPublicationOrder(a: CommitDocument, b: CommitDocument): number {
  if (a.streamId === b.streamId) return a.seq - b.seq;
  const [x, y] = [a, b].map(
    (doc) => outboxEntryOf({ id: doc._id, recordedAt: doc.recordedAt })._id,
  );
  return x! < y! ? -1 : 1;
}
