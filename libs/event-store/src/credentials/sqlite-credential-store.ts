import { openSqlite, type SqliteDatabase } from '@pb/storage';
import {
  CredentialStore,
  lockedUntilAfter,
  type Credential,
  type FailureOutcome,
  type Invitation,
  type Session,
} from './credential-store.port';

interface CredentialRow {
  account_id: string;
  login: string;
  hash: string;
  failed_attempts: number;
  locked_until: string | null;
}

interface SessionRow {
  key: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** Credentials, sessions and links as tables of the embedded event store's file. */
export class SqliteCredentialStore extends CredentialStore {
  private readonly db: SqliteDatabase;

  constructor(file: string) {
    super();
    this.db = openSqlite(file);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS credentials (
        account_id TEXT PRIMARY KEY,
        login TEXT NOT NULL UNIQUE COLLATE NOCASE,
        hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL,
        locked_until TEXT
      );
      CREATE TABLE IF NOT EXISTS sessions (
        key TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account_id);
      CREATE TABLE IF NOT EXISTS invitations (
        key TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE INDEX IF NOT EXISTS invitations_by_account ON invitations (account_id);
    `);
  }

  async setPassword(accountId: string, login: string, hash: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO credentials (account_id, login, hash, failed_attempts, locked_until)
         VALUES (?, ?, ?, 0, NULL)
         ON CONFLICT (account_id) DO UPDATE
           SET login = excluded.login, hash = excluded.hash, failed_attempts = 0, locked_until = NULL`,
      )
      .run(accountId, login, hash);
  }

  async credentialByLogin(login: string): Promise<Credential | null> {
    const row = this.db
      .prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE login = ?')
      .get(login);
    return row
      ? {
          accountId: row.account_id,
          login: row.login,
          hash: row.hash,
          failedAttempts: row.failed_attempts,
          lockedUntil: row.locked_until,
        }
      : null;
  }

  async recordFailure(
    accountId: string,
    now: Date,
    maxFailures: number,
    lockMs: number,
  ): Promise<FailureOutcome> {
    // One transaction: SQLite's write lock makes the count exact under concurrent failures.
    return this.db.transaction((): FailureOutcome => {
      const row = this.db
        .prepare<[string], { failed_attempts: number }>(
          'SELECT failed_attempts FROM credentials WHERE account_id = ?',
        )
        .get(accountId);
      const failedAttempts = (row?.failed_attempts ?? 0) + 1;
      const lockedUntil = lockedUntilAfter(failedAttempts, now, maxFailures, lockMs);
      this.db
        .prepare(
          'UPDATE credentials SET failed_attempts = ?, locked_until = coalesce(?, locked_until) WHERE account_id = ?',
        )
        .run(lockedUntil ? 0 : failedAttempts, lockedUntil, accountId);
      return { failedAttempts, lockedUntil };
    })();
  }

  async recordSuccess(accountId: string): Promise<void> {
    this.db
      .prepare(
        'UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE account_id = ?',
      )
      .run(accountId);
  }

  async createSession(session: Session): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO sessions (key, account_id, csrf_token, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        session.key,
        session.accountId,
        session.csrfToken,
        session.createdAt,
        session.expiresAt,
        session.lastSeenAt,
      );
  }

  async session(key: string): Promise<Session | null> {
    const row = this.db
      .prepare<[string], SessionRow>('SELECT * FROM sessions WHERE key = ?')
      .get(key);
    return row
      ? {
          key: row.key,
          accountId: row.account_id,
          csrfToken: row.csrf_token,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          lastSeenAt: row.last_seen_at,
        }
      : null;
  }

  async touchSession(key: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    this.db
      .prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE key = ?')
      .run(lastSeenAt, expiresAt, key);
  }

  async endSession(key: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE key = ?').run(key);
  }

  async endSessionsOf(accountId: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE account_id = ?').run(accountId);
  }

  async issueInvitation(invitation: Omit<Invitation, 'usedAt'>): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM invitations WHERE account_id = ?').run(invitation.accountId);
      this.db
        .prepare(
          'INSERT INTO invitations (key, account_id, expires_at, used_at) VALUES (?, ?, ?, NULL)',
        )
        .run(invitation.key, invitation.accountId, invitation.expiresAt);
    })();
  }

  async takeInvitation(key: string, now: Date): Promise<string | null> {
    const at = now.toISOString();
    const row = this.db
      .prepare<[string, string, string], { account_id: string }>(
        'UPDATE invitations SET used_at = ? WHERE key = ? AND used_at IS NULL AND expires_at > ? RETURNING account_id',
      )
      .get(at, key, at);
    return row?.account_id ?? null;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
