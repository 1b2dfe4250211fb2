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

/** The read models that exist: the tables named `rm_<name>` (not their arrays' tables). */
export function tableNames(db: SqliteDatabase): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\' AND instr(name, '$') = 0`,
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name.slice('rm_'.length)).sort();
}

/** The expression a field's index is built on (with `id` after it, for paging), and that queries sort and filter by. */
export function indexedExpression(field: string): string {
  return `json_extract(body, '$.${field}')`;
}

/** The fields of each index on a collection's table, in order, read from the indexes' own SQL. */
export function indexKeys(db: SqliteDatabase, collection: string): string[][] {
  const rows = db
    .prepare(
      `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`,
    )
    .all(`rm_${collection}`) as { sql: string }[];
  return rows
    .map((row) =>
      [...row.sql.matchAll(/json_extract\(body, '\$\.([A-Za-z0-9_]+)'\)/g)].map((m) => m[1]!),
    )
    .filter((key) => key.length > 0);
}

/**
 * Indexes the collection's table on each field, and on each list of fields, it has no
 * index on yet: `(field, id)`, `(field1, field2, id)`. An index keeps the name it was
 * created with when its table is moved (moveTables), so a new one takes the first name
 * no other index holds: `rm_<name>_<fields>`, else with `_2`, `_3`...
 */
export function indexFields(
  db: SqliteDatabase,
  collection: string,
  fields: readonly string[],
  compounds: readonly (readonly string[])[] = [],
): void {
  const have = new Set(indexKeys(db, collection).map((key) => key.join(',')));
  for (const key of [...fields.map((field) => [field]), ...compounds]) {
    if (have.has(key.join(','))) continue;
    const name = freeIndexName(db, `rm_${collection}_${key.join('_')}`);
    const columns = key.map((field) => indexedExpression(field)).join(', ');
    db.exec(`CREATE INDEX "${name}" ON ${tableOf(collection)} (${columns}, id)`);
    have.add(key.join(','));
  }
}

/** `base`, else `base_2`, `base_3`...: the first name no index holds. */
function freeIndexName(db: SqliteDatabase, base: string): string {
  const taken = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`);
  let name = base;
  for (let n = 2; taken.get(name) !== undefined; n++) name = `${base}_${n}`;
  return name;
}

const FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The table that indexes the elements of an array field: `(value, id)` for each element
 * of the field in each document, what SQLite's expression indexes cannot hold.
 */
export function arrayTableOf(collection: string, field: string): string {
  tableOf(collection);
  if (!FIELD.test(field)) throw new Error(`not a field name: ${field}`);
  return `"rm_${collection}$${field}"`;
}

/** The array fields of a collection that have their table. */
export function arrayFields(db: SqliteDatabase, collection: string): string[] {
  const prefix = `rm_${collection}$`;
  const rows = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ?`)
    .all(prefix.length, prefix) as { name: string }[];
  return rows.map((row) => row.name.slice(prefix.length)).sort();
}

/** Creates the table of an array field and fills it from the documents there are. */
export function indexArray(db: SqliteDatabase, collection: string, field: string): void {
  const table = arrayTableOf(collection, field);
  db.exec(`CREATE TABLE ${table} (value, id TEXT NOT NULL, PRIMARY KEY (value, id)) WITHOUT ROWID`);
  db.exec(`CREATE INDEX "${freeIndexName(db, `rm_${collection}$${field}_id`)}" ON ${table} (id)`);
  db.exec(
    `INSERT OR IGNORE INTO ${table} (value, id) SELECT e.value, d.id FROM ${tableOf(collection)} d, ${arrayElements(field, 'd.body')} e WHERE ${SCALAR}`,
  );
}

/** The elements of a document's field (the field itself when it is no array), as rows. */
export function arrayElements(field: string, body: string): string {
  return `json_each(${body}, '$.${field}')`;
}

/** What an array's table keeps of its elements: scalars, as `contains` compares. */
export const SCALAR = `e.type NOT IN ('object', 'array')`;

/** Drops the tables of a collection's array fields. */
export function dropArrays(db: SqliteDatabase, collection: string): void {
  for (const field of arrayFields(db, collection))
    db.exec(`DROP TABLE ${arrayTableOf(collection, field)}`);
}

/**
 * Moves each table over another; the caller runs it in one transaction, so readers on
 * other connections see every old table or every new one. A table is renamed with its
 * indexes, which keep their names: nothing is built again.
 */
export function moveTables(db: SqliteDatabase, moves: readonly CollectionMove[]): void {
  for (const { from, to } of moves) {
    if (!tableExists(db, from)) continue;
    dropArrays(db, to);
    db.exec(`DROP TABLE IF EXISTS ${tableOf(to)}`);
    db.exec(`ALTER TABLE ${tableOf(from)} RENAME TO ${tableOf(to)}`);
    for (const field of arrayFields(db, from))
      db.exec(`ALTER TABLE ${arrayTableOf(from, field)} RENAME TO ${arrayTableOf(to, field)}`);
  }
}
