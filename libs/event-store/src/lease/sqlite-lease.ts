import { openSqlite, type SqliteDatabase } from '@pb/storage';
import { expiryOf, RELAY_LEASE_ID, RelayLease } from './lease.port';

/**
 * The lease as one row of `leases`. Taking it is a single upsert whose update only
 * applies when the lease is ours or expired, so SQLite's write lock makes it atomic.
 */
export class SqliteRelayLease extends RelayLease {
  private readonly db: SqliteDatabase;
  private readonly statements;

  constructor(file: string) {
    super();
    this.db = openSqlite(file);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS leases (
        id TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        version INTEGER NOT NULL
      )
    `);
    this.statements = {
      acquire: this.db.prepare<[string, string, string, string, string]>(`
        INSERT INTO leases (id, holder, expires_at, version) VALUES (?, ?, ?, 1)
        ON CONFLICT (id) DO UPDATE
          SET holder = excluded.holder, expires_at = excluded.expires_at, version = version + 1
          WHERE leases.holder = ? OR leases.expires_at <= ?
      `),
      release: this.db.prepare<[string, string, string]>(
        'UPDATE leases SET expires_at = ?, version = version + 1 WHERE id = ? AND holder = ?',
      ),
    };
  }

  async tryAcquire(holder: string, ttlMs: number, now: Date): Promise<boolean> {
    const changes = this.statements.acquire.run(
      RELAY_LEASE_ID,
      holder,
      expiryOf(ttlMs, now),
      holder,
      now.toISOString(),
    ).changes;
    return changes === 1;
  }

  async release(holder: string): Promise<void> {
    this.statements.release.run(new Date(0).toISOString(), RELAY_LEASE_ID, holder);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
