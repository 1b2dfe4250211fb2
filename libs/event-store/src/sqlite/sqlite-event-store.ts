import {
  guardedSqlite,
  openSqlite,
  unavailableIfSqliteFailed,
  type SqliteDatabase,
  type SqliteOptions,
} from '@pb/storage';
import type { NewCommit, StoredCommit } from '../commit';
import {
  DuplicateCommand,
  EventStore,
  StreamVersionConflict,
  type CommitPage,
  type SealHead,
} from '../event-store.port';
import { sealCommit } from '../hash';

interface Row {
  body: string;
}

const WHAT = 'the event store';

/** The room the readiness probe asks for: a commit with its index entries takes less. */
const PROBE_BYTES = 64 * 1024;

function isConstraint(error: unknown): boolean {
  return (error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT') === true;
}

/**
 * The embedded event store. Rows keep SQLite's rowid order, which is the order commits
 * were made: the outbox and rebuilds read in it, so each stream comes out in seq order.
 */
export class SqliteEventStore extends EventStore {
  private readonly db: SqliteDatabase;
  private readonly statements;
  private readonly insertBatch: (commits: readonly StoredCommit[]) => unknown[];
  private pending: { stored: StoredCommit; resolve: (outcome: unknown) => void }[] = [];

  constructor(file: string, { cacheKiB }: Pick<SqliteOptions, 'cacheKiB'> = {}) {
    super();
    this.db = openSqlite(file, { cacheKiB });
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS commits (
        id TEXT PRIMARY KEY,
        stream_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        command_id TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL,
        dispatched INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX IF NOT EXISTS commits_by_stream ON commits (stream_id, seq);
      DROP INDEX IF EXISTS commits_undispatched;
      CREATE TABLE IF NOT EXISTS relay_progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        published_through INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS seal_heads (
        seal_id TEXT NOT NULL,
        chunk INTEGER NOT NULL,
        heads TEXT NOT NULL,
        PRIMARY KEY (seal_id, chunk)
      );
      CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY, at TEXT NOT NULL, room BLOB);
    `);
    this.statements = {
      insert: this.db.prepare(
        'INSERT INTO commits (id, stream_id, seq, command_id, body) VALUES (?, ?, ?, ?, ?)',
      ),
      byCommand: this.db.prepare<[string], Row>('SELECT body FROM commits WHERE command_id = ?'),
      byId: this.db.prepare<[string], Row>('SELECT body FROM commits WHERE id = ?'),
      byStream: this.db.prepare<[string, number, number], Row>(
        'SELECT body FROM commits WHERE stream_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
      ),
      undispatched: this.db.prepare<[number, number], Row>(
        'SELECT body FROM commits WHERE rowid > ? ORDER BY rowid LIMIT ?',
      ),
      countUndispatched: this.db.prepare<[number], { n: number }>(
        'SELECT count(*) AS n FROM commits WHERE rowid > ?',
      ),
      pendingIds: this.db.prepare<[number, number], { rowid: number; id: string }>(
        'SELECT rowid, id FROM commits WHERE rowid > ? ORDER BY rowid LIMIT ?',
      ),
      progress: this.db.prepare<[], { at: number }>(
        'SELECT published_through AS at FROM relay_progress WHERE id = 1',
      ),
      setProgress: this.db.prepare<[number]>(
        'INSERT OR REPLACE INTO relay_progress (id, published_through) VALUES (1, ?)',
      ),
      // A store from before relay_progress flagged each commit; new rows keep the column's 0.
      firstUnflagged: this.db.prepare<[], { at: number }>(
        'SELECT coalesce((SELECT min(rowid) - 1 FROM commits WHERE dispatched = 0), (SELECT max(rowid) FROM commits), 0) AS at',
      ),
      all: this.db.prepare<[number, number], Row & { rowid: number }>(
        'SELECT rowid, body FROM commits WHERE rowid > ? ORDER BY rowid LIMIT ?',
      ),
      dropSealHeads: this.db.prepare('DELETE FROM seal_heads WHERE seal_id = ?'),
      insertSealHeads: this.db.prepare(
        'INSERT INTO seal_heads (seal_id, chunk, heads) VALUES (?, ?, ?)',
      ),
      sealHeads: this.db.prepare<[string], { heads: string }>(
        'SELECT heads FROM seal_heads WHERE seal_id = ? ORDER BY chunk',
      ),
      probe: this.db.prepare<[string, number]>(
        'INSERT OR REPLACE INTO write_probe (id, at, room) VALUES (1, ?, zeroblob(?))',
      ),
    };
    // A transaction inside a transaction is a savepoint (better-sqlite3).
    const insertOne = this.db.transaction((c: StoredCommit) => {
      this.statements.insert.run(c.id, c.streamId, c.seq, c.commandId, JSON.stringify(c));
    });
    this.insertBatch = this.db.transaction((commits: readonly StoredCommit[]) =>
      commits.map((c) => {
        try {
          insertOne(c);
          return null;
        } catch (error) {
          // Only a refused insert stays apart. A full disk or an I/O error may have ended
          // the whole transaction already: going on would commit the rest one by one.
          if (!isConstraint(error)) throw error;
          return error;
        }
      }),
    );
  }

  override get readsInCommitOrder(): boolean {
    return true;
  }

  async append(commit: NewCommit): Promise<StoredCommit> {
    const stored = sealCommit(commit);
    const error = await this.write(stored);
    if (error === null) return stored;
    if (isConstraint(error)) {
      const existing = await this.findByCommandId(commit.commandId);
      if (existing) throw new DuplicateCommand(existing);
      throw new StreamVersionConflict(commit.streamId, commit.seq);
    }
    throw unavailableIfSqliteFailed(error, WHAT);
  }

  /**
   * Resolves when the store takes writes; rejects with StoreDiskFull while the disk is
   * full. It writes a row as large as a large commit (PROBE_BYTES, and an fsync): a read
   * would pass on a full disk, a smaller write might fit where commits do not, and a
   * remembered failure would not tell when space is back while no command comes, as
   * none does once a failing readiness probe took the traffic away.
   */
  async writable(): Promise<void> {
    guardedSqlite(WHAT, () => this.statements.probe.run(new Date().toISOString(), PROBE_BYTES));
  }

  /**
   * Group commit: the appends made in one turn of the event loop share a transaction,
   * hence one fsync, and each answers only once that transaction is on disk. Each insert
   * has a savepoint of its own, so a refused one (a version conflict) leaves the others.
   * Resolves with null when written, or with the error that refused it.
   */
  private write(stored: StoredCommit): Promise<unknown> {
    return new Promise((resolve) => {
      this.pending.push({ stored, resolve });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: unknown[];
    try {
      // better-sqlite3 rolls the transaction back when its COMMIT fails, so the next
      // batch starts on a clean connection.
      outcomes = guardedSqlite(WHAT, () => this.insertBatch(batch.map((p) => p.stored)));
    } catch (error) {
      outcomes = batch.map(() => error);
    }
    batch.forEach((p, i) => p.resolve(outcomes[i]));
  }

  async readStream(
    streamId: string,
    afterSeq = 0,
    toSeq = Number.MAX_SAFE_INTEGER,
  ): Promise<StoredCommit[]> {
    return this.statements.byStream.all(streamId, afterSeq, toSeq).map(parse);
  }

  override async readCommits(ids: readonly string[]): Promise<StoredCommit[]> {
    return ids.flatMap((id) => {
      const row = this.statements.byId.get(id);
      return row ? [parse(row)] : [];
    });
  }

  async findByCommandId(commandId: string): Promise<StoredCommit | null> {
    const row = this.statements.byCommand.get(commandId);
    return row ? parse(row) : null;
  }

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    return this.statements.undispatched.all(this.publishedThrough(), limit).map(parse);
  }

  /**
   * Moves the relay's mark past the marked commits: one row, whatever the batch. Rows are
   * read and published in rowid order, so the mark goes over the marked ones at its front
   * and stops at the first that is not; those after it are handed out again.
   */
  async markDispatched(commitIds: readonly string[]): Promise<void> {
    const marked = new Set(commitIds);
    const mark = this.db.transaction(() => {
      let through = this.publishedThrough();
      for (const row of this.statements.pendingIds.all(through, marked.size)) {
        if (!marked.has(row.id)) break;
        through = row.rowid;
      }
      this.statements.setProgress.run(through);
    });
    guardedSqlite(WHAT, mark);
  }

  /**
   * The rowid up to which every commit is published. A store made before this mark
   * existed gets it from its `dispatched` flags when first asked: the relay's first read,
   * not the store's opening, so that rows loaded as published before then count as such.
   */
  private publishedThrough(): number {
    const mark = this.statements.progress.get();
    if (mark) return mark.at;
    const at = this.statements.firstUnflagged.get()?.at ?? 0;
    guardedSqlite(WHAT, () => this.statements.setProgress.run(at));
    return at;
  }

  async readAll(after: string | null, limit: number): Promise<CommitPage> {
    const rows = this.statements.all.all(after === null ? 0 : Number(after), limit);
    const last = rows[rows.length - 1];
    return { commits: rows.map(parse), next: last ? String(last.rowid) : after };
  }

  async countUndispatched(): Promise<number> {
    return this.statements.countUndispatched.get(this.publishedThrough())?.n ?? 0;
  }

  protected async replaceSealHeads(
    sealId: string,
    chunks: readonly (readonly SealHead[])[],
  ): Promise<void> {
    const save = this.db.transaction(() => {
      this.statements.dropSealHeads.run(sealId);
      chunks.forEach((chunk, index) =>
        this.statements.insertSealHeads.run(sealId, index, JSON.stringify(chunk)),
      );
    });
    guardedSqlite(WHAT, save);
  }

  async loadSealHeads(sealId: string): Promise<SealHead[]> {
    return this.statements.sealHeads
      .all(sealId)
      .flatMap((row) => JSON.parse(row.heads) as SealHead[]);
  }

  async close(): Promise<void> {
    this.flush();
    if (this.db.open) this.db.close();
  }
}

function parse(row: Row): StoredCommit {
  return JSON.parse(row.body) as StoredCommit;
}
