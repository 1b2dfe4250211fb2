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

/** The expression a field's index is built on (with `id` after it, for paging), and that queries sort and filter by. */
export function indexedExpression(field: string): string {
  return `json_extract(body, '$.${field}')`;
}

/** The fields a collection's table has an index on, read from the indexes' own SQL. */
function indexedFields(db: SqliteDatabase, collection: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`,
    )
    .all(`rm_${collection}`) as { sql: string }[];
  return new Set(
    rows.flatMap((row) => {
      const field = /json_extract\(body, '\$\.([A-Za-z0-9_]+)'\)/.exec(row.sql)?.[1];
      return field ? [field] : [];
    }),
  );
}

/**
 * Indexes the collection's table on each field it has no index on yet. An index keeps
 * the name it was created with when its table is moved (moveTables), so a new one takes
 * the first name no other index holds: `rm_<name>_<field>`, else with `_2`, `_3`...
 */
export function indexFields(
  db: SqliteDatabase,
  collection: string,
  fields: readonly string[],
): void {
  const have = indexedFields(db, collection);
  const taken = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`);
  for (const field of fields) {
    if (have.has(field)) continue;
    const base = `rm_${collection}_${field}`;
    let name = base;
    for (let n = 2; taken.get(name) !== undefined; n++) name = `${base}_${n}`;
    db.exec(`CREATE INDEX "${name}" ON ${tableOf(collection)} (${indexedExpression(field)}, id)`);
  }
}

/**
 * Moves each table over another; the caller runs it in one transaction, so readers on
 * other connections see every old table or every new one. A table is renamed with its
 * indexes, which keep their names: nothing is built again.
 */
export function moveTables(db: SqliteDatabase, moves: readonly CollectionMove[]): void {
  for (const { from, to } of moves) {
    if (!tableExists(db, from)) continue;
    db.exec(`DROP TABLE IF EXISTS ${tableOf(to)}`);
    db.exec(`ALTER TABLE ${tableOf(from)} RENAME TO ${tableOf(to)}`);
  }
}
