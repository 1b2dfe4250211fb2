import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Opens a SQLite file in WAL mode with full fsync on commit: a commit that answered
 * survives a crash of the process and of the machine. `synchronous: 'NORMAL'` leaves
 * the fsync to the next FULL commit on the same file (or to a checkpoint): still safe
 * from a crash of the process, and in a crash of the machine the WAL loses only a
 * suffix, never a transaction before one that survived.
 */
export function openSqlite(
  file: string,
  { synchronous = 'FULL' }: { synchronous?: 'FULL' | 'NORMAL' } = {},
): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

/** An open SQLite file, as openSqlite returns it. */
export type SqliteDatabase = Database.Database;
