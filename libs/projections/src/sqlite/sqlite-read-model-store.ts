import { openSqlite, type SqliteDatabase } from '@pb/event-store';
import {
  assertFieldName,
  decodeCursor,
  encodeCursor,
  ReadModelStore,
  type CollectionSpec,
  type FindQuery,
  type FindResult,
  type Scalar,
  type VersionedWrite,
  type ViewDocument,
} from '../read-model-store.port';

const COLLECTION = /^[a-z][a-z0-9_]*$/;

/** One table per collection; indexed fields are expression indexes on the JSON body. */
export class SqliteReadModelStore extends ReadModelStore {
  private readonly db: SqliteDatabase;
  private readonly known = new Set<string>();

  constructor(file: string) {
    super();
    this.db = openSqlite(file);
  }

  private table(collection: string): string {
    if (!COLLECTION.test(collection)) throw new Error(`not a collection name: ${collection}`);
    if (!this.known.has(collection)) {
      this.db.exec(
        `CREATE TABLE IF NOT EXISTS "rm_${collection}" (id TEXT PRIMARY KEY, version INTEGER NOT NULL, body TEXT NOT NULL)`,
      );
      this.known.add(collection);
    }
    return `"rm_${collection}"`;
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    const table = this.table(spec.name);
    for (const field of spec.indexes) {
      assertFieldName(field);
      this.db.exec(
        `CREATE INDEX IF NOT EXISTS "rm_${spec.name}_${field}" ON ${table} (json_extract(body, '$.${field}'), id)`,
      );
    }
  }

  async get<T extends ViewDocument>(collection: string, id: string): Promise<T | null> {
    const row = this.db
      .prepare<[string], { body: string }>(
        `SELECT body FROM ${this.table(collection)} WHERE id = ?`,
      )
      .get(id);
    return row ? (JSON.parse(row.body) as T) : null;
  }

  async getMany<T extends ViewDocument>(collection: string, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare<string[], { body: string }>(
        `SELECT body FROM ${this.table(collection)} WHERE id IN (${ids.map(() => '?').join(',')})`,
      )
      .all(...ids);
    return rows.map((row) => JSON.parse(row.body) as T);
  }

  async put(collection: string, doc: ViewDocument): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO ${this.table(collection)} (id, version, body) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, body = excluded.body`,
      )
      .run(doc._id, doc._version, JSON.stringify(doc));
  }

  async putIfVersion(
    collection: string,
    doc: ViewDocument,
    expectedVersion: number | null,
  ): Promise<boolean> {
    const table = this.table(collection);
    const body = JSON.stringify(doc);
    if (expectedVersion === null) {
      return (
        this.db
          .prepare(`INSERT OR IGNORE INTO ${table} (id, version, body) VALUES (?, ?, ?)`)
          .run(doc._id, doc._version, body).changes === 1
      );
    }
    return (
      this.db
        .prepare(`UPDATE ${table} SET version = ?, body = ? WHERE id = ? AND version = ?`)
        .run(doc._version, body, doc._id, expectedVersion).changes === 1
    );
  }

  /** One transaction for the whole batch: one sync to disk instead of one per document. */
  override async putManyIfVersion(
    collection: string,
    writes: readonly VersionedWrite[],
  ): Promise<string[]> {
    const table = this.table(collection);
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO ${table} (id, version, body) VALUES (?, ?, ?)`,
    );
    const update = this.db.prepare(
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
    const table = this.table(collection);
    const conditions: string[] = [];
    const params: Scalar[] = [];
    for (const [field, value] of Object.entries(query.where ?? {})) {
      conditions.push(value === null ? `${expr(field)} IS NULL` : `${expr(field)} = ?`);
      if (value !== null) params.push(typeof value === 'boolean' ? Number(value) : value);
    }
    if (query.contains) {
      conditions.push(
        `EXISTS (SELECT 1 FROM json_each(body, '$.${assertFieldName(query.contains.field)}') WHERE value = ?)`,
      );
      params.push(query.contains.value);
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
    const rows = this.db.prepare<Scalar[], { body: string }>(sql).all(...params, query.limit + 1);
    const items = rows.slice(0, query.limit).map((row) => JSON.parse(row.body) as T);
    const last = items[items.length - 1];
    const next =
      rows.length > query.limit && last
        ? encodeCursor(field === '_id' ? null : last[field], last._id)
        : null;
    return { items, next };
  }

  async count(collection: string, where: Readonly<Record<string, Scalar>> = {}): Promise<number> {
    const entries = Object.entries(where);
    const clause = entries
      .map(([field, value]) => (value === null ? `${expr(field)} IS NULL` : `${expr(field)} = ?`))
      .join(' AND ');
    const params = entries
      .filter(([, v]) => v !== null)
      .map(([, v]) => (typeof v === 'boolean' ? Number(v) : v));
    const row = this.db
      .prepare<Scalar[], { n: number }>(
        `SELECT count(*) AS n FROM ${this.table(collection)}${clause ? ` WHERE ${clause}` : ''}`,
      )
      .get(...params);
    return row?.n ?? 0;
  }

  async drop(collection: string): Promise<void> {
    this.db.exec(`DROP TABLE IF EXISTS ${this.table(collection)}`);
    this.known.delete(collection);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function expr(field: string): string {
  return field === '_id' ? 'id' : `json_extract(body, '$.${assertFieldName(field)}')`;
}
