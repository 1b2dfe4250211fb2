import { AsyncLocalStorage } from 'node:async_hooks';
import { openSqlite, type SqliteDatabase, type SqliteOptions } from '@pb/storage';
import {
  assertFieldName,
  decodeCursor,
  pageOf,
  ReadModelStore,
  type CollectionSpec,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from '../read-model-store.port';
import type { CollectionMove } from '../read-model-names';
import {
  arrayElements,
  arrayFields,
  arrayTableOf,
  dropArrays,
  indexArray,
  indexedExpression,
  indexFields,
  indexKeys,
  moveTables,
  SCALAR,
  tableExists,
  tableNames,
  tableOf,
} from './sqlite-table-moves';
import { StatementCache } from './statement-cache';

/**
 * One table per collection; indexed fields are expression indexes on the JSON body, the
 * elements of an array field a table of their own beside it (arrayTableOf).
 */
export class SqliteReadModelStore extends ReadModelStore {
  private readonly db: SqliteDatabase;
  private readonly known = new Set<string>();
  /** Per collection: its array fields that have a table, and its indexes' fields. */
  private readonly arrays = new Map<string, string[]>();
  private readonly keys = new Map<string, string[][]>();
  /** Statements by what they answer: documents' bodies, counts, or nothing but changes. */
  private readonly bodies: StatementCache<{ body: string }>;
  private readonly counts: StatementCache<{ n: number }>;
  private readonly writes: StatementCache<unknown>;
  /** Marks the async calls that run inside the open unit of work. */
  private readonly insideUnit = new AsyncLocalStorage<true>();
  /** Settles when the open unit of work ends; null when none is open. */
  private openUnit: Promise<void> | null = null;

  constructor(file: string, { cacheKiB }: Pick<SqliteOptions, 'cacheKiB'> = {}) {
    super();
    this.db = openSqlite(file, { cacheKiB });
    this.bodies = new StatementCache(this.db);
    this.counts = new StatementCache(this.db);
    this.writes = new StatementCache(this.db);
  }

  override get overlapsCalls(): boolean {
    return false;
  }

  /**
   * One transaction around `work`. Reads from outside the unit go on meanwhile (on this
   * connection they see its writes before the commit); writes from outside wait for
   * the commit, so they never join a unit that might roll back.
   */
  override async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (this.insideUnit.getStore()) return work();
    await this.writable();
    let release = () => {};
    this.openUnit = new Promise<void>((resolve) => (release = resolve));
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = await this.insideUnit.run(true, work);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      // tables created inside the unit are gone with it
      this.known.clear();
      this.arrays.clear();
      this.keys.clear();
      throw error;
    } finally {
      this.openUnit = null;
      release();
    }
  }

  /** Waits until no unit of work of another caller is open. */
  private async writable(): Promise<void> {
    while (this.openUnit && !this.insideUnit.getStore()) await this.openUnit;
  }

  /**
   * The table of a collection, created on first use. A table that exists is only looked
   * up, so that a read on a full disk never needs a write.
   */
  private table(collection: string): string {
    const table = tableOf(collection);
    if (!this.known.has(collection)) {
      if (!tableExists(this.db, collection))
        this.db.exec(
          `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, body TEXT NOT NULL)`,
        );
      this.known.add(collection);
    }
    return table;
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    await this.writable();
    this.table(spec.name);
    for (const field of spec.indexes) assertFieldName(field);
    indexFields(this.db, spec.name, spec.indexes, spec.compoundIndexes);
    const present = arrayFields(this.db, spec.name);
    const missing = (spec.arrayIndexes ?? []).filter(
      (field) => !present.includes(assertFieldName(field)),
    );
    if (missing.length > 0)
      this.db.transaction(() => missing.forEach((f) => indexArray(this.db, spec.name, f)))();
    this.arrays.delete(spec.name);
    this.keys.delete(spec.name);
  }

  /** The array fields of a collection that have their table. */
  private arraysOf(collection: string): string[] {
    let fields = this.arrays.get(collection);
    if (!fields) this.arrays.set(collection, (fields = arrayFields(this.db, collection)));
    return fields;
  }

  /**
   * Keeps the arrays' tables of a document that was written: its old elements out
   * (unless it is new), its elements now in.
   */
  private indexArrays(collection: string, id: string, body: string, isNew: boolean): void {
    for (const field of this.arraysOf(collection)) {
      const table = arrayTableOf(collection, field);
      if (!isNew) this.writes.prepared(`DELETE FROM ${table} WHERE id = ?`).run(id);
      this.writes
        .prepared(
          `INSERT OR IGNORE INTO ${table} (value, id) SELECT e.value, ? FROM ${arrayElements(field, '?')} e WHERE ${SCALAR}`,
        )
        .run(id, body);
    }
  }

  /**
   * The table a read looks in, or null when the collection has none yet: a read answers
   * nothing then rather than create it, so that reads never write.
   */
  private existing(collection: string): string | null {
    if (this.known.has(collection)) return tableOf(collection);
    if (!tableExists(this.db, collection)) return null;
    this.known.add(collection);
    return tableOf(collection);
  }

  async get<T extends ViewDocument>(collection: string, id: string): Promise<T | null> {
    const table = this.existing(collection);
    if (table === null) return null;
    const row = this.bodies.prepared(`SELECT body FROM ${table} WHERE id = ?`).get(id);
    return row ? (JSON.parse(row.body) as T) : null;
  }

  async getMany<T extends ViewDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    const table = this.existing(collection);
    if (ids.length === 0 || table === null) return [];
    const rows = this.bodies
      .prepared(`SELECT body FROM ${table} WHERE id IN (${ids.map(() => '?').join(',')})`)
      .all(...ids);
    return rows.map((row) => JSON.parse(row.body) as T);
  }

  async put(collection: string, doc: ViewDocument): Promise<void> {
    await this.writable();
    const body = JSON.stringify(doc);
    const write = () => {
      this.writes
        .prepared(
          `INSERT INTO ${this.table(collection)} (id, version, body) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, body = excluded.body`,
        )
        .run(doc._id, doc._version, body);
      this.indexArrays(collection, doc._id, body, false);
    };
    if (this.arraysOf(collection).length === 0) write();
    else this.db.transaction(write)();
  }

  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    const [refused] = await this.putManyIfVersion(collection, [{ doc, expectedVersion }]);
    return refused === undefined;
  }

  /** One transaction for the whole batch: one sync to disk instead of one per document. */
  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    await this.writable();
    const table = this.table(collection);
    const insert = this.writes.prepared(
      `INSERT OR IGNORE INTO ${table} (id, version, body) VALUES (?, ?, ?)`,
    );
    const update = this.writes.prepared(
      `UPDATE ${table} SET version = ?, body = ? WHERE id = ? AND version = ?`,
    );
    const write = this.db.transaction(() => {
      const refused: string[] = [];
      for (const { doc, expectedVersion } of writes) {
        const body = JSON.stringify(doc);
        const changes =
          expectedVersion === null
            ? insert.run(doc._id, doc._version, body).changes
            : update.run(doc._version, body, doc._id, expectedVersion).changes;
        if (changes !== 1) refused.push(doc._id);
        else this.indexArrays(collection, doc._id, body, expectedVersion === null);
      }
      return refused;
    });
    return write();
  }

  async find<T extends ViewDocument>(collection: string, query: FindQuery): Promise<FindResult<T>> {
    const table = this.existing(collection);
    if (table === null) return pageOf<T>([], false, query.orderBy?.field ?? '_id');
    const conditions: string[] = [];
    const params: Scalar[] = [];
    const where = equalities(query.where, this.keysOf(collection));
    conditions.push(...where.conditions);
    params.push(...where.params);
    const arrays = query.contains ? this.arraysOf(collection) : [];
    if (query.contains && arrays.includes(query.contains.field)) {
      // The elements' table, read in `id` order: SQLite walks it for the value and
      // stops at the page's limit.
      conditions.push(
        `id IN (SELECT id FROM ${arrayTableOf(collection, query.contains.field)} WHERE value = ?)`,
      );
      params.push(query.contains.value);
    } else if (query.contains) {
      const path = `'$.${assertFieldName(query.contains.field)}'`;
      const value = query.contains.value;
      // No index serves an array's elements: each row is looked at. For a plain ASCII
      // string (an id), whose JSON text is the same whoever wrote it, a substring test
      // on the array's text passes over most rows cheaply; json_each decides the rest.
      if (typeof value === 'string' && /^[\x20-\x7e]*$/.test(value) && !/["\\]/.test(value)) {
        conditions.push(`instr(json_extract(body, ${path}), ?) > 0`);
        params.push(`"${value}"`);
      }
      conditions.push(`EXISTS (SELECT 1 FROM json_each(body, ${path}) WHERE value = ?)`);
      params.push(value);
    }
    if (query.idRange?.gte !== undefined) {
      conditions.push('id >= ?');
      params.push(query.idRange.gte);
    }
    if (query.idRange?.lt !== undefined) {
      conditions.push('id < ?');
      params.push(query.idRange.lt);
    }
    const field = query.orderBy?.field ?? '_id';
    const desc = query.orderBy?.direction === 'desc';
    const cmp = desc ? '<' : '>';
    if (query.after) {
      const cursor = decodeCursor(query.after);
      if (field === '_id') {
        conditions.push(`id ${cmp} ?`);
        params.push(cursor.id);
      } else {
        conditions.push(`(${expr(field)} ${cmp} ? OR (${expr(field)} = ? AND id ${cmp} ?))`);
        params.push(cursor.value, cursor.value, cursor.id);
      }
    }
    const order =
      field === '_id'
        ? `id ${desc ? 'DESC' : 'ASC'}`
        : `${expr(field)} ${desc ? 'DESC' : 'ASC'}, id ${desc ? 'DESC' : 'ASC'}`;
    const sql = `SELECT body FROM ${table}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
    const rows = this.bodies.prepared(sql).all(...params, query.limit + 1);
    const items = rows.slice(0, query.limit).map((row) => JSON.parse(row.body) as T);
    return pageOf(items, rows.length > query.limit, field);
  }

  async count(collection: string, where: Readonly<Record<string, Scalar>> = {}): Promise<number> {
    const table = this.existing(collection);
    if (table === null) return 0;
    const { conditions, params } = equalities(where, this.keysOf(collection));
    const clause = conditions.join(' AND ');
    const row = this.counts
      .prepared(`SELECT count(*) AS n FROM ${table}${clause ? ` WHERE ${clause}` : ''}`)
      .get(...params);
    return row?.n ?? 0;
  }

  async drop(collection: string): Promise<void> {
    await this.writable();
    if (tableExists(this.db, collection)) {
      this.forgetStatements();
      this.db.transaction(() => {
        dropArrays(this.db, collection);
        this.db.exec(`DROP TABLE ${tableOf(collection)}`);
      })();
    }
    this.known.delete(collection);
  }

  async collections(): Promise<string[]> {
    return tableNames(this.db);
  }

  async replaceCollections(moves: readonly CollectionMove[]): Promise<void> {
    if (moves.length === 0) return;
    await this.unitOfWork(async () => {
      this.forgetStatements();
      moveTables(this.db, moves);
      for (const { from, to } of moves) {
        this.known.delete(from);
        this.known.delete(to);
      }
    });
  }

  /** Statements on a table dropped or moved would fail; they are prepared again when needed. */
  private forgetStatements(): void {
    this.bodies.clear();
    this.counts.clear();
    this.writes.clear();
    this.arrays.clear();
    this.keys.clear();
  }

  /** The fields of each index on a collection's table. */
  private keysOf(collection: string): string[][] {
    let keys = this.keys.get(collection);
    if (!keys) this.keys.set(collection, (keys = indexKeys(this.db, collection)));
    return keys;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * The conditions of a `where`: only the first field may use its index, or the longest
 * compound index that it leads and whose fields the `where` holds (a unary `+` keeps the
 * others out of the planner's choice), so a selective first field is not passed over
 * for a status every document shares.
 */
function equalities(
  where: Readonly<Record<string, Scalar>> = {},
  keys: readonly (readonly string[])[] = [],
): {
  conditions: string[];
  params: Scalar[];
} {
  const conditions: string[] = [];
  const params: Scalar[] = [];
  const fields = Object.keys(where);
  const served = new Set(
    keys
      .filter((key) => key[0] === fields[0] && key.every((field) => field in where))
      .reduce<readonly string[]>(
        (best, key) => (key.length > best.length ? key : best),
        [...fields.slice(0, 1)],
      ),
  );
  Object.entries(where).forEach(([field, value]) => {
    const column = `${served.has(field) ? '' : '+'}${expr(field)}`;
    conditions.push(value === null ? `${column} IS NULL` : `${column} = ?`);
    if (value !== null) params.push(typeof value === 'boolean' ? Number(value) : value);
  });
  return { conditions, params };
}

function expr(field: string): string {
  return field === '_id' ? 'id' : indexedExpression(assertFieldName(field));
}
