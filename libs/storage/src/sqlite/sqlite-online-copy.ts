import Database from 'better-sqlite3';

/** How far an online copy has come, in pages of the source file. */
export interface CopyProgress {
  readonly pages: number;
  readonly totalPages: number;
  /** How many times another connection's write made SQLite start the copy again. */
  readonly restarts: number;
}

/** Pages per step at first: 4 MB at the default page size. */
const FIRST_STEP = 1024;

/**
 * Copies a SQLite file that other processes go on writing, through SQLite's online
 * backup API: the copy is the database as of one moment, each transaction in it whole
 * or absent. A write by another connection between two steps makes SQLite start the
 * copy again; the step then doubles, so a busy file is copied in fewer and fewer steps,
 * at worst in one, one read transaction that in WAL mode holds no writer up.
 */
export async function copySqliteOnline(
  source: string,
  destination: string,
  onProgress: (progress: CopyProgress) => void = () => undefined,
): Promise<CopyProgress> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    let step = FIRST_STEP;
    let remaining = Number.POSITIVE_INFINITY;
    let restarts = 0;
    const done = await db.backup(destination, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > remaining) {
          restarts++;
          step *= 2;
        }
        remaining = remainingPages;
        onProgress({ pages: totalPages - remainingPages, totalPages, restarts });
        return step;
      },
    });
    const last = { pages: done.totalPages, totalPages: done.totalPages, restarts };
    onProgress(last);
    return last;
  } finally {
    db.close();
  }
}

/**
 * Leaves a SQLite file whole in itself: rollback-journal mode, nothing in a -wal or
 * -shm file beside it, so that it can be hashed, copied and moved as one file. The
 * adapters put it back in WAL mode when they open it.
 */
export function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
