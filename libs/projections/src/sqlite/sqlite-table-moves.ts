import type { SqliteDatabase } from '@pb/storage';
import type { CollectionMove } from '../read-model-names';

const COLLECTION = /^[a-z][a-z0-9_]*$/;

/** The table of a collection, quoted. */
export function tableOf(collection: string): string {
  if (!COLLECTION.test(collection)) throw new Error(`not a collection name: ${collection}`);
  return `"rm_${collection}"`;
}

/** Whether the table of a collection exists: a read, so that asking costs no write. */
export function tableExists(db: SqliteDatabase, collection: string): boolean {
  return (
    db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
      .get(`rm_${collection}`) !== undefined
  );
}

/** The read models that exist: the tables named `rm_<name>`. */
export function tableNames(db: SqliteDatabase): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\'`,
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name.slice('rm_'.length)).sort();
}

/**
 * Moves each table over another; the caller runs it in one transaction, so readers on
 * other connections see every old table or every new one. An index is named after its
 * table (`rm_<name>_<field>`), so each moves under its new table's name.
 */
export function moveTables(db: SqliteDatabase, moves: readonly CollectionMove[]): void {
  const indexes = db.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`,
  );
  for (const { from, to } of moves) {
    const source = tableOf(from);
    const target = tableOf(to);
    if (!tableExists(db, from)) continue;
    const prefix = `rm_${from}_`;
    const fields = (indexes.all(`rm_${from}`) as { name: string }[])
      .filter((index) => index.name.startsWith(prefix))
      .map((index) => index.name.slice(prefix.length));
    db.exec(`DROP TABLE IF EXISTS ${target}`);
    db.exec(`ALTER TABLE ${source} RENAME TO ${target}`);
    for (const field of fields) {
      db.exec(`DROP INDEX "${prefix}${field}"`);
      db.exec(
        `CREATE INDEX "rm_${to}_${field}" ON ${target} (json_extract(body, '$.${field}'), id)`,
      );
    }
  }
}
