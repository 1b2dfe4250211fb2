import { DomainError } from '@pb/domain';
import { StoreUnavailable } from '../store-unavailable';

/**
 * The disk under a SQLite file is full: a 503 with a code of its own, so that an
 * operator reading the answer or the log knows to free space rather than look for a
 * server that is down. Reads go on; writes answer again once there is room.
 */
export class StoreDiskFull extends DomainError {
  readonly kind = 'unavailable' as const;
  constructor(what: string, cause?: unknown) {
    super(
      'STORE.DISK_FULL',
      `the disk under ${what} is full: commands are refused until space is freed; reads go on`,
    );
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** How deep a chain of causes is followed. */
const MAX_CAUSES = 4;

function sqliteCode(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > MAX_CAUSES) return null;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  return sqliteCode(cause, depth + 1);
}

/** Whether SQLite refused a write for lack of space (SQLITE_FULL: ENOSPC, or a file at its size limit). */
export function isDiskFull(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_FULL';
}

/**
 * SQLite's codes for a file that cannot be written or read now, whatever the statement:
 * an I/O error (a write or an fsync of the WAL refused, the shared memory not grown),
 * a lock held past the busy timeout, a file that cannot be opened. None is the
 * caller's fault, and each may pass: a 503, never a 500.
 */
function isUnavailableCode(code: string): boolean {
  return (
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_BUSY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_NOMEM' ||
    code === 'SQLITE_PROTOCOL'
  );
}

/** Whether an error is SQLite's, and one that a 503 answers (disk full, I/O, busy). */
export function isSqliteUnavailable(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && (code === 'SQLITE_FULL' || isUnavailableCode(code));
}

/**
 * Turns SQLite's disk full into StoreDiskFull and its other passing failures into
 * StoreUnavailable (both 503 at the edge); leaves other errors (a constraint, a bug)
 * as they are.
 */
export function unavailableIfSqliteFailed(error: unknown, what: string): unknown {
  if (error instanceof DomainError) return error;
  if (isDiskFull(error)) return new StoreDiskFull(what, error);
  return isSqliteUnavailable(error) ? new StoreUnavailable(what, error) : error;
}

/** Runs a SQLite call, mapping its passing failures (a full disk first) to 503s. */
export function guardedSqlite<T>(what: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw unavailableIfSqliteFailed(error, what);
  }
}
