import { AsyncLocalStorage } from 'node:async_hooks';
import { openSqlite, type SqliteDatabase } from '@pb/storage';
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
  indexedExpression,
  indexFields,
  moveTables,
  tableExists,
  tableNames,
  tableOf,
} from './sqlite-table-moves';
import { StatementCache } from './statement-cache';

/** One table per collection; indexed fields are expression indexes on the JSON body. */
export class SqliteReadModelStore extends ReadModelStore {
  private readonly db: SqliteDatabase;
  private readonly known = new Set<string>();
  /** Statements by what they answer: documents' bodies, counts, or nothing but changes. */
  private readonly bodies: StatementCache<{ body: string }>;
  private readonly counts: StatementCache<{ n: number }>;
  private readonly writes: StatementCache<unknown>;
  /** Marks the async calls that run inside the open unit of work. */
  private readonly insideUnit = new AsyncLocalStorage<true>();
  /** Settles when the open unit of work ends; null when none is open. */
  private openUnit: Promise<void> | null = null;

  constructor(file: string) {
    super();
    this.db = openSqlite(file);
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
    indexFields(this.db, spec.name, spec.indexes);
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
    this.writes
      .prepared(
        `INSERT INTO ${this.table(collection)} (id, version, body) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, body = excluded.body`,
      )
      .run(doc._id, doc._version, JSON.stringify(doc));
  }

  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    await this.writable();
    const table = this.table(collection);
    const body = JSON.stringify(doc);
    if (expectedVersion === null) {
      return (
        this.writes
          .prepared(`INSERT OR IGNORE INTO ${table} (id, version, body) VALUES (?, ?, ?)`)
          .run(doc._id, doc._version, body).changes === 1
      );
    }
    return (
      this.writes
        .prepared(`UPDATE ${table} SET version = ?, body = ? WHERE id = ? AND version = ?`)
        .run(doc._version, body, doc._id, expectedVersion).changes === 1
    );
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
    const where = equalities(query.where);
    conditions.push(...where.conditions);
    params.push(...where.params);
    if (query.contains) {
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
    const { conditions, params } = equalities(where);
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
      this.db.exec(`DROP TABLE ${tableOf(collection)}`);
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
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * The conditions of a `where`: only the first field may use its index (a unary `+`
 * keeps the others out of the planner's choice), so a selective first field is not
 * passed over for a status every document shares.
 */
function equalities(where: Readonly<Record<string, Scalar>> = {}): {
  conditions: string[];
  params: Scalar[];
} {
  const conditions: string[] = [];
  const params: Scalar[] = [];
  Object.entries(where).forEach(([field, value], position) => {
    const column = `${position === 0 ? '' : '+'}${expr(field)}`;
    conditions.push(value === null ? `${column} IS NULL` : `${column} = ?`);
    if (value !== null) params.push(typeof value === 'boolean' ? Number(value) : value);
  });
  return { conditions, params };
}

function expr(field: string): string {
  return field === '_id' ? 'id' : indexedExpression(assertFieldName(field));
}
