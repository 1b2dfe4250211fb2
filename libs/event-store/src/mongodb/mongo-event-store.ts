import type { Collection, Db } from 'mongodb';
import { STREAM_TYPES } from '@pb/contracts';
import { guarded, isDuplicateKey } from '@pb/storage';
import { commitId, type NewCommit, type StoredCommit } from '../commit';
import {
  DuplicateCommand,
  EventStore,
  StreamVersionConflict,
  SEAL_HEADS_PER_CHUNK,
  type AppendOptions,
  type CommitPage,
  type SealHead,
} from '../event-store.port';
import { sealCommit } from '../hash';
import { chunkKey, chunksOf, isChunkKeyOf, plainHead } from '../integrity/seal-chunks';
import { idFilter, newWindowHint, readInWindows, type WindowHint } from './id-windows';

/** A commit as a MongoDB document: queried fields at the top level. */
type CommitDocument = Omit<StoredCommit, 'id'> & { _id: string; dispatched: boolean };

/** A pending publication; its `_id` sorts by recording time, then by commit id. */
interface OutboxEntry {
  _id: string;
  commitId: string;
}

/** The commit a command made, keyed by the command id. */
interface CommandEntry {
  _id: string;
  commitId: string;
}

/** Up to SEAL_HEADS_PER_CHUNK heads of one seal, `_id` `<sealId>:<chunk, 6 digits>`. */
interface SealHeadsChunk {
  _id: string;
  heads: SealHead[];
}

const MAX_SEQ = 10 ** 10 - 1;

/** How often readUndispatched also sweeps for commits whose outbox entry was lost in a crash. */
const SWEEP_EVERY_MS = 30_000;
/** A commit younger than this may still be getting its outbox entry. */
const SWEEP_GRACE_MS = 10_000;

/**
 * The event store on MongoDB. `commits` holds one document per command, `_id`
 * `<streamId>:<seq>`: the unique `_id` gives optimistic concurrency for free, and a
 * unique index on `commandId` makes a retried command collide.
 *
 * Every query here goes by `_id`, because a MongoDB-wire server such as FerretDB may
 * serve nothing else from an index (docs/adr/0002-outbox-on-mongodb.md): streams are
 * read as `_id` ranges, retried commands are found through `commands` (keyed by the
 * command id), and the relay reads `outbox`, a small collection of pending commits
 * whose `_id` sorts by recording time.
 */
export class MongoEventStore extends EventStore {
  private readonly commits: Collection<CommitDocument>;
  private readonly outbox: Collection<OutboxEntry>;
  private readonly commands: Collection<CommandEntry>;
  private readonly sealHeads: Collection<SealHeadsChunk>;
  private lastSweep = 0;
  /** The commits of the last batch handed to the relay, with their times. */
  private handedOut = new Map<string, string>();
  /** The commits whose markDispatched is under way: published, not to be handed out again. */
  private readonly marking = new Set<string>();
  private readonly window: WindowHint = newWindowHint();

  constructor(
    db: Db,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    super();
    this.commits = db.collection<CommitDocument>('commits');
    this.outbox = db.collection<OutboxEntry>('outbox');
    this.commands = db.collection<CommandEntry>('commands');
    this.sealHeads = db.collection<SealHeadsChunk>('seal_heads');
  }

  /** Creates the indexes; safe to call at every start. */
  async init(): Promise<this> {
    await guarded(async () => {
      await this.commits.createIndex({ commandId: 1 }, { unique: true, name: 'commandId_unique' });
      await this.commits.createIndex({ dispatched: 1, _id: 1 }, { name: 'dispatched_id' });
    });
    return this;
  }

  async append(commit: NewCommit, options: AppendOptions = {}): Promise<StoredCommit> {
    const stored = sealCommit(commit);
    const { id, ...rest } = stored;
    try {
      await guarded(() => this.commits.insertOne({ _id: id, ...rest, dispatched: false }));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A fresh command id cannot have been committed: the seq was taken. Looking it up
      // would scan the commits where the server serves no index but `_id`.
      if (options.retriable === false) throw new StreamVersionConflict(commit.streamId, commit.seq);
      const existing = await this.findByCommandId(commit.commandId, true);
      if (existing) throw new DuplicateCommand(existing);
      throw new StreamVersionConflict(commit.streamId, commit.seq);
    }
    // Both entries can be rebuilt from the commit: a crash before them loses nothing
    // (the sweep publishes the commit; findByCommandId falls back to the index).
    // Neither depends on the other: written side by side, the append costs two round trips.
    await Promise.all([
      guarded(() => this.outbox.insertOne(outboxEntryOf(stored))),
      options.retriable === false
        ? null
        : guarded(() => this.commands.insertOne({ _id: stored.commandId, commitId: id })).catch(
            (error: unknown) => {
              if (!isDuplicateKey(error)) throw error;
            },
          ),
    ]);
    return stored;
  }

  async readStream(streamId: string, afterSeq = 0, toSeq = MAX_SEQ): Promise<StoredCommit[]> {
    const docs = await guarded(() =>
      this.commits
        .find({
          _id: {
            $gt: commitId(streamId, afterSeq),
            $lte: commitId(streamId, Math.min(toSeq, MAX_SEQ)),
          },
        })
        .sort({ _id: 1 })
        .toArray(),
    );
    return docs.map(toCommit);
  }

  /**
   * Finds a command's commit through `commands`; `thorough` also searches the commits
   * themselves, for a command whose entry a crash left unwritten.
   */
  async findByCommandId(commandId: string, thorough = false): Promise<StoredCommit | null> {
    const entry = await guarded(() => this.commands.findOne({ _id: commandId }));
    if (entry) {
      const doc = await guarded(() => this.commits.findOne({ _id: entry.commitId }));
      if (doc) return toCommit(doc);
    }
    if (!thorough) return null;
    const doc = await guarded(() => this.commits.findOne({ commandId }));
    return doc ? toCommit(doc) : null;
  }

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    // The entries of a batch being marked are still there: read past them.
    const marking = new Set(this.marking);
    const read = await this.oldestOutboxEntries(limit + marking.size);
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
    if (stale.length > 0) await guarded(() => this.outbox.deleteMany({ _id: { $in: stale } }));
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
  private oldestOutboxEntries(limit: number): Promise<OutboxEntry[]> {
    return guarded(() =>
      this.outbox
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
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return [];
    this.lastSweep = now;
    const before = new Date(now - SWEEP_GRACE_MS).toISOString();
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
      guarded(() => this.outbox.deleteMany({ _id: { $in: keys } })),
    ]);
  }

  /** In bounded `_id` windows (see id-windows.ts): the cost of a page stays that of a page. */
  async readAll(after: string | null, limit: number): Promise<CommitPage> {
    const { docs } = await readInWindows(
      (range, max) =>
        guarded(() => this.commits.find(idFilter(range)).sort({ _id: 1 }).limit(max).toArray()),
      STREAM_TYPES,
      after,
      null,
      limit,
      this.window,
    );
    const last = docs[docs.length - 1];
    return { commits: docs.map(toCommit), next: last ? last._id : after };
  }

  async countUndispatched(): Promise<number> {
    return guarded(() => this.outbox.countDocuments({}));
  }

  async saveSealHeads(
    sealId: string,
    heads: readonly SealHead[],
    chunkSize = SEAL_HEADS_PER_CHUNK,
  ): Promise<void> {
    const chunks = chunksOf(heads, chunkSize);
    const earlier = (await this.sealHeadChunks(sealId, { _id: 1 })).map((doc) => doc._id);
    if (earlier.length > 0)
      await guarded(() => this.sealHeads.deleteMany({ _id: { $in: earlier } }));
    // One insert per chunk: a chunk is up to about a megabyte, a whole seal far more.
    for (const [index, chunk] of chunks.entries())
      await guarded(() =>
        this.sealHeads.insertOne({ _id: chunkKey(sealId, index), heads: chunk.map(plainHead) }),
      );
  }

  async loadSealHeads(sealId: string): Promise<SealHead[]> {
    return (await this.sealHeadChunks(sealId)).flatMap((doc) => doc.heads.map(plainHead));
  }

  /**
   * A seal's chunks in order, found by an `_id` range; the range can also hold chunks of
   * a sealId that extends this one with `:`, which the exact key check leaves out.
   */
  private async sealHeadChunks(sealId: string, projection?: { _id: 1 }): Promise<SealHeadsChunk[]> {
    const docs = await guarded(() =>
      this.sealHeads
        .find(
          { _id: { $gte: chunkKey(sealId, 0), $lt: `${sealId};` } },
          projection ? { projection } : {},
        )
        .sort({ _id: 1 })
        .toArray(),
    );
    return docs.filter((doc) => isChunkKeyOf(sealId, doc._id));
  }

  async close(): Promise<void> {
    await this.onClose();
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

function toCommit(doc: CommitDocument): StoredCommit {
  const { _id, dispatched: _dispatched, ...rest } = doc;
  return { id: _id, ...rest };
}
