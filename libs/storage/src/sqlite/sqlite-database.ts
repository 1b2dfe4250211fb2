import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The pages of its file a connection keeps in memory, in KiB. A serving process (the
 * embedded api has seven connections) keeps 4 MiB each: a page past that is read again
 * from the operating system's file cache, a system call. A bulk job (the CLI's rebuild)
 * keeps SQLite's default 16 MB: with 4 MiB a rebuild of a million events took 9% longer.
 */
export const SERVING_CACHE_KIB = 4096;
export const BULK_CACHE_KIB = 16_000;

export interface SqliteOptions {
  readonly synchronous?: 'FULL' | 'NORMAL';
  readonly cacheKiB?: number;
}

/**
 * Opens a SQLite file in WAL mode with full fsync on commit: a commit that answered
 * survives a crash of the process and of the machine. `synchronous: 'NORMAL'` leaves
 * the fsync to the next FULL commit on the same file (or to a checkpoint): still safe
 * from a crash of the process, and in a crash of the machine the WAL loses only a
 * suffix, never a transaction before one that survived.
 */
export function openSqlite(
  file: string,
  { synchronous = 'FULL', cacheKiB = SERVING_CACHE_KIB }: SqliteOptions = {},
): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // A negative size is in KiB.
  db.pragma(`cache_size = -${Math.max(64, Math.round(cacheKiB))}`);
  return db;
}

/** An open SQLite file, as openSqlite returns it. */
export type SqliteDatabase = Database.Database;
