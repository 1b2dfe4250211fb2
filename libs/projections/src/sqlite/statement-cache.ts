import type { SqliteDatabase } from '@pb/storage';
import type { Statement } from 'better-sqlite3';
import type { Scalar } from '../read-model-store.port';

/** Prepared statements kept per cache; the finds of the status views and the audit trail reuse a few dozen. */
const STATEMENTS_KEPT = 500;

/** Statements prepared once per SQL text, all answering rows of type `Row`. */
export class StatementCache<Row> {
  private readonly kept = new Map<string, Statement<Scalar[], Row>>();

  constructor(private readonly db: SqliteDatabase) {}

  /** The statement for `sql`, prepared once. */
  prepared(sql: string): Statement<Scalar[], Row> {
    let prepared = this.kept.get(sql);
    if (!prepared) {
      if (this.kept.size >= STATEMENTS_KEPT) this.kept.clear();
      prepared = this.db.prepare<Scalar[], Row>(sql);
      this.kept.set(sql, prepared);
    }
    return prepared;
  }

  clear(): void {
    this.kept.clear();
  }
}
