import type { Collection, Db } from 'mongodb';
import { STREAM_TYPES } from '@pb/contracts';
import { guarded, isDuplicateKey } from '@pb/storage';
import { commitId, type NewCommit, type StoredCommit } from '../commit';
import {
  DuplicateCommand,
  EventStore,
  StreamVersionConflict,
  type AppendOptions,
  type CommitPage,
  type SealHead,
} from '../event-store.port';
import { sealCommit } from '../hash';
import { toCommit, type CommitDocument } from './commit-document';
import { idFilter, newWindowHint, readInWindows, type WindowHint } from './id-windows';
import { ANNOUNCE_AGAIN_AFTER_MS, MongoOutbox } from './mongo-outbox';
import { MongoSealHeads } from './mongo-seal-heads';

/** The points of an append, in order, after which a crash can stop it. */
export type AppendStep = 'command-entry' | 'outbox-entry' | 'commit';

/** The commit a command makes, keyed by the command id; written before the commit. */
interface CommandEntry {
  _id: string;
  commitId: string;
}

const MAX_SEQ = 10 ** 10 - 1;

/**
 * The event store on MongoDB. `commits` holds one document per command, `_id`
 * `<streamId>:<seq>`: the unique `_id` gives optimistic concurrency for free, and a
 * unique index on `commandId` makes a retried command collide.
 *
 * Every query here goes by `_id`, because a MongoDB-wire server such as FerretDB may
 * serve nothing else from an index (docs/adr/0002-outbox-on-mongodb.md): streams are
 * read as `_id` ranges, retried commands are found through `commands` (keyed by the
 * command id, written before the commit), and the relay reads `outbox`, a small
 * collection of pending commits whose `_id` sorts by recording time (mongo-outbox.ts).
 */
export class MongoEventStore extends EventStore {
  private readonly commits: Collection<CommitDocument>;
  private readonly commands: Collection<CommandEntry>;
  private readonly outbox: MongoOutbox;
  private readonly sealHeads: MongoSealHeads;
  private readonly window: WindowHint = newWindowHint();

  constructor(
    db: Db,
    private readonly onClose: () => Promise<void> = async () => undefined,
    /** The monotonic clock of the outbox's grace (mongo-outbox.ts); a test's own, else performance.now. */
    private readonly now: () => number = () => performance.now(),
  ) {
    super();
    this.commits = db.collection<CommitDocument>('commits');
    this.commands = db.collection<CommandEntry>('commands');
    this.outbox = new MongoOutbox(db, this.commits, now);
    this.sealHeads = new MongoSealHeads(db);
  }

  /** Creates the indexes; safe to call at every start. */
  async init(): Promise<this> {
    await guarded(async () => {
      await this.commits.createIndex({ commandId: 1 }, { unique: true, name: 'commandId_unique' });
    });
    return this;
  }

  async append(commit: NewCommit, options: AppendOptions = {}): Promise<StoredCommit> {
    const stored = sealCommit(commit);
    const { id, ...rest } = stored;
    const retriable = options.retriable !== false;
    // The command's entry goes first: from the moment the commit exists, a retry finds it
    // by its command id, whatever a crash leaves unwritten after it. An entry whose commit
    // never came is ignored (findByCommandId checks the commit's own commandId).
    if (retriable) await this.pointCommand(stored.commandId, id);
    await this.reached('command-entry');
    const started = this.now();
    // The outbox entry goes before the commit, so that every commit has one: an entry
    // whose commit never came is dropped by the relay (mongo-outbox.ts).
    await this.outbox.announce(stored);
    await this.reached('outbox-entry');
    try {
      await guarded(() => this.commits.insertOne({ _id: id, ...rest }));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // The entry stays: the relay drops it, seeing another commit at its seq.
      // A fresh command id cannot have been committed: the seq was taken. Looking it up
      // would scan the commits where the server serves no index but `_id`.
      if (!retriable) throw new StreamVersionConflict(commit.streamId, commit.seq);
      const existing = await this.findByCommandId(commit.commandId, true);
      if (existing) throw new DuplicateCommand(existing);
      throw new StreamVersionConflict(commit.streamId, commit.seq);
    }
    // So late that the relay may have taken the entry for a dead writer's and dropped it.
    if (this.now() - started > ANNOUNCE_AGAIN_AFTER_MS) await this.outbox.announceAgain(stored);
    await this.reached('commit');
    return stored;
  }

  /**
   * A test seam: called as an append passes each of its steps, so that a test can stop
   * the append there as a crash would. Does nothing in the product.
   */
  protected async reached(_step: AppendStep): Promise<void> {}

  /** Points a command id at the commit it makes (or repairs the entry of one it made). */
  private async pointCommand(commandId: string, id: string): Promise<void> {
    await guarded(() =>
      this.commands.replaceOne({ _id: commandId }, { commitId: id }, { upsert: true }),
    );
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

  override async readCommits(ids: readonly string[]): Promise<StoredCommit[]> {
    if (ids.length === 0) return [];
    const docs = await guarded(() => this.commits.find({ _id: { $in: [...ids] } }).toArray());
    return docs.map(toCommit);
  }

  /**
   * Finds a command's commit through `commands`. The entry is written before its commit,
   * so it may name a commit that a crash never made, or that another command made at
   * that seq since: only a commit carrying the command id counts. `thorough` also
   * searches the commits themselves (a scan where the server serves no index but `_id`),
   * for a retry that raced its first attempt, or a commit made before entries came first;
   * what it finds is pointed to again.
   */
  async findByCommandId(commandId: string, thorough = false): Promise<StoredCommit | null> {
    const entry = await guarded(() => this.commands.findOne({ _id: commandId }));
    if (entry) {
      const doc = await guarded(() => this.commits.findOne({ _id: entry.commitId }));
      if (doc?.commandId === commandId) return toCommit(doc);
    }
    if (!thorough) return null;
    const doc = await guarded(() => this.commits.findOne({ commandId }));
    if (!doc) return null;
    await this.pointCommand(commandId, doc._id);
    return toCommit(doc);
  }

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    return this.outbox.readUndispatched(limit);
  }

  async markDispatched(commitIds: readonly string[]): Promise<void> {
    await this.outbox.markDispatched(commitIds);
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
    return this.outbox.countUndispatched();
  }

  protected async replaceSealHeads(
    sealId: string,
    chunks: readonly (readonly SealHead[])[],
  ): Promise<void> {
    await this.sealHeads.replace(sealId, chunks);
  }

  async loadSealHeads(sealId: string): Promise<SealHead[]> {
    return this.sealHeads.load(sealId);
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}
