import { guardedSqlite, openSqlite, type SqliteDatabase } from '@pb/storage';
import { UniqueClaims, type Claim } from '../claims.port';

/**
 * Claims in the event store's file, on a connection of their own that does not fsync:
 * a claim guards a commit appended after it, whose fsync (the event store's, FULL)
 * makes the claim durable with it, since the WAL keeps transactions in order. A claim
 * lost in a machine crash guarded nothing that survived. A release lost so is a stale
 * claim, as after a process crash between a commit and its release.
 */
/** A claim refused by a full disk answers 503 STORE.DISK_FULL, as the commit it guards would. */
const WHAT = 'the claims of the event store';

export class SqliteClaims extends UniqueClaims {
  private readonly db: SqliteDatabase;

  constructor(file: string) {
    super();
    this.db = openSqlite(file, { synchronous: 'NORMAL' });
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL, at TEXT NOT NULL)',
    );
  }

  async claim(key: string, owner: string, at: string): Promise<Claim> {
    guardedSqlite(WHAT, () =>
      this.db
        .prepare('INSERT OR IGNORE INTO claims (key, owner, at) VALUES (?, ?, ?)')
        .run(key, owner, at),
    );
    const row = this.db
      .prepare<[string], Claim>('SELECT owner, at FROM claims WHERE key = ?')
      .get(key);
    return row ?? { owner, at };
  }

  async transfer(key: string, from: string, to: string, at: string): Promise<boolean> {
    return (
      guardedSqlite(WHAT, () =>
        this.db
          .prepare('UPDATE claims SET owner = ?, at = ? WHERE key = ? AND owner = ?')
          .run(to, at, key, from),
      ).changes === 1
    );
  }

  async ownerOf(key: string): Promise<string | null> {
    return (
      this.db
        .prepare<[string], { owner: string }>('SELECT owner FROM claims WHERE key = ?')
        .get(key)?.owner ?? null
    );
  }

  async release(key: string, owner: string): Promise<void> {
    guardedSqlite(WHAT, () =>
      this.db.prepare('DELETE FROM claims WHERE key = ? AND owner = ?').run(key, owner),
    );
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
