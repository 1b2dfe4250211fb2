import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BULK_CACHE_KIB, openSqlite, SERVING_CACHE_KIB } from './sqlite-database';

describe('openSqlite', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sqlite-database-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in WAL mode with a full sync and a serving page cache by default', () => {
    const db = openSqlite(join(dir, 'a', 'store.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('cache_size', { simple: true })).toBe(-SERVING_CACHE_KIB);
    } finally {
      db.close();
    }
  });

  it("keeps a bulk job's page cache and a NORMAL sync when asked", () => {
    const db = openSqlite(join(dir, 'store.sqlite'), {
      synchronous: 'NORMAL',
      cacheKiB: BULK_CACHE_KIB,
    });
    try {
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      expect(db.pragma('cache_size', { simple: true })).toBe(-BULK_CACHE_KIB);
    } finally {
      db.close();
    }
  });
});
