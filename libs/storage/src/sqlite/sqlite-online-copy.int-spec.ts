import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySqliteOnline, makeSelfContained } from './sqlite-online-copy';
import { openSqlite } from './sqlite-database';

describe('the online copy of a SQLite file', () => {
  it('copies a file written all along as of one moment, starting again as often as it must', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-copy-'));
    const source = join(dir, 'source.sqlite');
    const db = openSqlite(source, { synchronous: 'NORMAL' });
    db.exec(
      'CREATE TABLE debits (id INTEGER PRIMARY KEY, body TEXT); CREATE TABLE credits (id INTEGER PRIMARY KEY, body TEXT)',
    );
    const debit = db.prepare('INSERT INTO debits (body) VALUES (?)');
    const credit = db.prepare('INSERT INTO credits (body) VALUES (?)');
    // Each transaction writes one row to each table: a torn copy would hold more of one.
    const pair = db.transaction(() => {
      debit.run('d'.repeat(400));
      credit.run('c'.repeat(400));
    });
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) pair();
    })();
    const writer = setInterval(pair, 1);
    try {
      const copy = join(dir, 'copy.sqlite');
      const done = await copySqliteOnline(source, copy);
      makeSelfContained(copy);
      expect(done.restarts).toBeGreaterThan(0);
      expect(done.pages).toBe(done.totalPages);
      const copied = new Database(copy, { readonly: true });
      const count = (table: string) =>
        copied.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
      expect(count('debits')).toBeGreaterThanOrEqual(20_000);
      expect(count('credits')).toBe(count('debits'));
      expect(copied.pragma('journal_mode', { simple: true })).toBe('delete');
      copied.close();
    } finally {
      clearInterval(writer);
      db.close();
    }
  });
});
