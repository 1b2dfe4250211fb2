import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readModelMovesContract } from '../read-model-moves.contract';
import { readModelStoreContract } from '../read-model-store.contract';
import { SqliteReadModelStore } from './sqlite-read-model-store';

const openStore = () =>
  new SqliteReadModelStore(join(mkdtempSync(join(tmpdir(), 'pb-views-')), 'views.sqlite'));

describe('SqliteReadModelStore (embedded)', () => {
  readModelStoreContract(async () => openStore());
  readModelMovesContract(async () => openStore());

  it('reads and drops a collection that has no table without writing (a full disk still reads)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pb-views-')), 'views.sqlite');
    const views = new SqliteReadModelStore(file);
    await views.ensureCollection({ name: 'rows', indexes: [] });
    const other = new Database(file, { readonly: true });
    try {
      const writes = () => other.pragma('data_version', { simple: true });
      const before = writes();
      expect(await views.get('missing', 'a')).toBeNull();
      expect(await views.getMany('missing', ['a', 'b'])).toEqual([]);
      expect((await views.find('missing', { limit: 10 })).items).toEqual([]);
      expect(await views.count('missing')).toBe(0);
      await views.drop('missing');
      await views.replaceCollections([]);
      expect(writes()).toBe(before);
      expect(await views.collections()).toEqual(['rows']);
    } finally {
      other.close();
      await views.close();
    }
  });

  it('moves a table with its indexes, built once, and indexes the next staging table under a free name', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pb-views-')), 'views.sqlite');
    const views = new SqliteReadModelStore(file);
    const db = new Database(file, { readonly: true });
    const indexesOf = (table: string) =>
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`,
        )
        .all(`rm_${table}`)
        .map((row) => (row as { name: string }).name)
        .sort();
    const plan = () =>
      JSON.stringify(
        db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT body FROM rm_live WHERE json_extract(body, '$.society') = ? ORDER BY json_extract(body, '$.society'), id`,
          )
          .all('s1'),
      );
    const spec = (name: string) => ({ name, indexes: ['society'] });
    try {
      await views.ensureCollection(spec('live'));
      for (const round of [1, 2, 3]) {
        await views.ensureCollection(spec('rebuild_live'));
        expect(indexesOf('rebuild_live')).toHaveLength(1);
        await views.put('rebuild_live', { _id: `d${round}`, _version: 1, society: 's1' });
        await views.replaceCollections([{ from: 'rebuild_live', to: 'live' }]);
        expect(indexesOf('live')).toHaveLength(1);
        // Declared again by the live projector: the moved index serves, none is added.
        await views.ensureCollection(spec('live'));
        expect(indexesOf('live')).toHaveLength(1);
        expect(plan()).toContain('USING INDEX');
        const found = await views.find('live', { where: { society: 's1' }, limit: 10 });
        expect(found.items.map((d) => d._id)).toEqual([`d${round}`]);
      }
      expect(indexesOf('live')[0]).toMatch(/^rm_rebuild_live_society(_\d)?$/);
    } finally {
      db.close();
      await views.close();
    }
  });

  it("moves an array field's table with its view, and reads a value of it and two fields at once in `id` order from indexes", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pb-views-')), 'views.sqlite');
    const views = new SqliteReadModelStore(file);
    const db = new Database(file, { readonly: true });
    const tables = () =>
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
        .all()
        .map((row) => (row as { name: string }).name);
    const plan = (sql: string, ...params: string[]) =>
      JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params));
    const spec = (name: string) => ({
      name,
      indexes: ['society', 'type'],
      arrayIndexes: ['members'],
      compoundIndexes: [['society', 'type']],
    });
    const doc = (id: string, type: string, members: string[]) => ({
      _id: id,
      _version: 1,
      society: 's1',
      type,
      members,
    });
    try {
      await views.ensureCollection(spec('live'));
      await views.put('live', doc('old', 't', ['张三']));
      for (const round of [1, 2]) {
        await views.ensureCollection(spec('rebuild_live'));
        await views.put('rebuild_live', doc(`d${round}`, 't', ['张三', '李四']));
        await views.put('rebuild_live', doc(`e${round}`, 'u', ['李四']));
        await views.replaceCollections([{ from: 'rebuild_live', to: 'live' }]);
        await views.ensureCollection(spec('live'));
        expect(tables()).toEqual(['rm_live', 'rm_live$members']);
        const ids = async (query: Parameters<typeof views.find>[1]) =>
          (await views.find('live', query)).items.map((d) => d._id);
        expect(await ids({ contains: { field: 'members', value: '张三' }, limit: 10 })).toEqual([
          `d${round}`,
        ]);
        expect(await ids({ contains: { field: 'members', value: '李四' }, limit: 10 })).toEqual([
          `d${round}`,
          `e${round}`,
        ]);
        expect(await ids({ where: { society: 's1', type: 'u' }, limit: 10 })).toEqual([
          `e${round}`,
        ]);
        expect(await views.count('live', { society: 's1', type: 't' })).toBe(1);
      }
      // The shapes `find` asks in: no sort of their own, the indexes give `id` order.
      const members = plan(
        `SELECT body FROM rm_live WHERE id IN (SELECT id FROM "rm_live$members" WHERE value = ?) AND id > ? ORDER BY id LIMIT 11`,
        '张三',
        '',
      );
      expect(members).toContain('SEARCH rm_live$members USING PRIMARY KEY (value=?)');
      expect(members).not.toContain('TEMP B-TREE');
      const both = plan(
        `SELECT body FROM rm_live WHERE json_extract(body, '$.society') = ? AND json_extract(body, '$.type') = ? ORDER BY id LIMIT 11`,
        's1',
        't',
      );
      expect(both).toMatch(/USING INDEX rm_(rebuild_)?live_society_type/);
      expect(both).not.toContain('TEMP B-TREE');
      await views.drop('live');
      expect(tables()).toEqual([]);
    } finally {
      db.close();
      await views.close();
    }
  });

  describe('unit of work', () => {
    let views: SqliteReadModelStore;
    beforeEach(async () => {
      views = openStore();
      await views.ensureCollection({ name: 'rows', indexes: ['name'] });
    });
    afterEach(async () => {
      await views.close();
    });

    const doc = (id: string, name: string) => ({ _id: id, _version: 1, name });

    it('commits every write of the unit together and returns its result', async () => {
      const result = await views.unitOfWork(async () => {
        await views.put('rows', doc('a', '中国化学会'));
        await views.putManyIfVersion('rows', [
          { doc: doc('b', '中国药学会'), expectedVersion: null },
        ]);
        // a unit inside the unit joins it
        await views.unitOfWork(() => views.put('rows', doc('c', '中国力学学会')));
        return 'done';
      });
      expect(result).toBe('done');
      expect((await views.getMany('rows', ['a', 'b', 'c'])).length).toBe(3);
    });

    it('rolls back every write of a unit that fails, tables it created included', async () => {
      await views.put('rows', doc('kept', '中国计算机学会'));
      await expect(
        views.unitOfWork(async () => {
          await views.put('rows', doc('a', '中国化学会'));
          await views.ensureCollection({ name: 'fresh', indexes: [] });
          await views.put('fresh', doc('f', '新建'));
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await views.get('rows', 'a')).toBeNull();
      expect(await views.get('rows', 'kept')).not.toBeNull();
      // the table is created again on its next use
      await views.put('fresh', doc('g', '再建'));
      expect(await views.get('fresh', 'g')).not.toBeNull();
    });

    it('makes a write from outside wait for the open unit, so a rollback never takes it along', async () => {
      let fail: (error: Error) => void = () => undefined;
      const unit = views.unitOfWork(async () => {
        await views.put('rows', doc('inside', '单元内'));
        await new Promise<void>((_, reject) => (fail = reject));
      });
      await new Promise((resolve) => setImmediate(resolve));
      const outside = views.put('rows', doc('outside', '单元外'));
      let written = false;
      void outside.then(() => (written = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(written).toBe(false);
      fail(new Error('conflict'));
      await expect(unit).rejects.toThrow('conflict');
      await outside;
      expect(await views.get('rows', 'inside')).toBeNull();
      expect(await views.get('rows', 'outside')).toEqual(doc('outside', '单元外'));
    });
  });
});
