import { connectMongo } from '@pb/storage';
import type { Db, MongoClient } from 'mongodb';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { readModelMovesContract } from '../read-model-moves.contract';
import { readModelStoreContract } from '../read-model-store.contract';
import type { Scalar, ViewDocument } from '../read-model-store.port';
import { MongoReadModelStore } from './mongo-read-model-store';

/** Runs `test` on a database of its own, dropped afterwards even when the test fails. */
async function inFreshDatabase(prefix: string, test: (db: Db) => Promise<void>): Promise<void> {
  const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName(prefix) });
  try {
    await test(db);
  } finally {
    await db.dropDatabase();
    await client.close();
  }
}

async function openFreshStore(): Promise<MongoReadModelStore> {
  const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_views') });
  return new MongoReadModelStore(db, async () => {
    await db.dropDatabase();
    await client.close();
  });
}

describe('MongoReadModelStore (MongoDB wire server)', () => {
  readModelStoreContract(openFreshStore);
  readModelMovesContract(openFreshStore);
});

describe('MongoReadModelStore finds with fields', () => {
  it('asks the server for those fields only, the sort field and _id', async () => {
    await inFreshDatabase('pb_fields', async (db) => {
      const views = new MongoReadModelStore(db);
      await views.put('rows', {
        _id: 'a',
        _version: 1,
        name: '学会',
        score: 2,
        big: 'x'.repeat(500),
      });
      const { items } = await views.find('rows', {
        where: { name: '学会' },
        fields: ['name'],
        orderBy: { field: 'score', direction: 'asc' },
        limit: 10,
      });
      expect(items).toEqual([{ _id: 'a', name: '学会', score: 2 }]);
    });
  });
});

describe('MongoReadModelStore unordered finds', () => {
  it('refuses an unordered find whose limit leaves matches out, rather than page without order', async () => {
    await inFreshDatabase('pb_any', async (db) => {
      const views = new MongoReadModelStore(db);
      for (const id of ['a', 'b', 'c']) await views.put('rows', { _id: id, _version: 1, n: 1 });
      await expect(
        views.find('rows', { where: { n: 1 }, unordered: true, limit: 2 }),
      ).rejects.toThrow('an unordered find of rows must take every match');
    });
  });
});

describe('the MongoDB-wire server under the adapter', () => {
  // FerretDB as scripts/servers builds it reads a string range of `_id`, sorted by
  // `_id`, from its index and stops at the limit: the answers must stay MongoDB's.
  it('answers a limited, _id-sorted string range exactly, in both directions, other types left out', async () => {
    await inFreshDatabase('pb_range', async (db) => {
      const rows = db.collection<{ _id: string; n: number }>('rows');
      const ids = ['a|1', 'a|2', 'a|3', 'a|4', 'b|1', '学|1', '学|2'];
      await rows.insertMany([
        ...ids.map((id, n) => ({ _id: id, n })),
        { _id: 7, n: 100 },
        { _id: { k: 'a|9' }, n: 101 },
        { _id: true, n: 102 },
      ] as never);
      const range = (gte: string, lt: string, direction: 1 | -1, limit: number) =>
        rows
          .find({ _id: { $gte: gte, $lt: lt } })
          .sort({ _id: direction })
          .limit(limit)
          .toArray()
          .then((docs) => docs.map((d) => d._id));
      expect(await range('a|', 'a|~', 1, 2)).toEqual(['a|1', 'a|2']);
      expect(await range('a|', 'a|~', -1, 3)).toEqual(['a|4', 'a|3', 'a|2']);
      expect(await range('', '\uffff', 1, 20)).toEqual(ids);
      expect(await range('', '\uffff', -1, 2)).toEqual(['学|2', '学|1']);
      expect(
        await rows
          .find({ _id: { $gt: 'a|2', $lte: 'b|1' } })
          .sort({ _id: 1 })
          .limit(2)
          .toArray()
          .then((docs) => docs.map((d) => d._id)),
      ).toEqual(['a|3', 'a|4']);
    });
  });
});

describe('MongoReadModelStore compare-and-set on a server without atomic filtered updates', () => {
  it('lets exactly one of many concurrent writers win, again and again', async () => {
    await inFreshDatabase('pb_cas', async (db) => {
      const views = new MongoReadModelStore(db);
      await views.put('rows', { _id: 'a', _version: 1, n: 0 });
      for (let round = 1; round <= 5; round++) {
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            views.putIfVersion('rows', { _id: 'a', _version: round + 1, n: i }, round),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      }
      expect(await views.get('rows', 'a')).toMatchObject({ _version: 6 });
    });
  });

  it('takes back a version claim left by a writer that died before writing', async () => {
    await inFreshDatabase('pb_cas', async (db) => {
      const views = new MongoReadModelStore(db);
      await views.put('rows', { _id: 'a', _version: 1, n: 0 });
      await db
        .collection<{ _id: string; at: string }>('internal_rows__cas')
        .insertOne({ _id: 'a|2', at: '2020-01-01T00:00:00.000Z' });
      expect(await views.putIfVersion('rows', { _id: 'a', _version: 2, n: 1 }, 1)).toBe(false);
      expect(await views.putIfVersion('rows', { _id: 'a', _version: 2, n: 2 }, 1)).toBe(true);
      await db
        .collection<{ _id: string; at: string }>('internal_rows__cas')
        .insertOne({ _id: 'a|3', at: new Date().toISOString() });
      expect(await views.putIfVersion('rows', { _id: 'a', _version: 3, n: 3 }, 2)).toBe(false);
      expect(await views.putIfVersion('rows', { _id: 'a', _version: 3, n: 3 }, 2)).toBe(false);
    });
  });
});

describe('MongoReadModelStore lookups, served by indexes', () => {
  interface Row extends ViewDocument {
    readonly society: string | null;
    readonly open: boolean;
    readonly name: string;
  }
  const row = (id: string, society: string | null, open = true, version = 1): Row => ({
    _id: id,
    _version: version,
    society,
    open,
    name: `学会${id}`,
  });
  let client: MongoClient;
  let db: Db;
  let views: MongoReadModelStore;
  const ids = async (where: Record<string, Scalar>, limit = 1000) => {
    const out: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: Row[]; next: string | null } = await views.find<Row>('rows', {
        where,
        limit,
        after,
      });
      out.push(...page.items.map((doc) => doc._id));
      after = page.next;
    } while (after);
    return out;
  };

  beforeEach(async () => {
    ({ client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_lookups') }));
    views = new MongoReadModelStore(db);
    await views.ensureCollection({ name: 'rows', indexes: [], lookups: ['society'] });
  });
  afterEach(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('indexes each lookup field and keeps no entries of its own', async () => {
    await views.put('rows', row('a', 's1'));
    const indexes = await db.collection('rm_rows').listIndexes().toArray();
    expect(indexes.map((index) => index.name).sort()).toEqual(['_id_', 'society_id']);
    expect(await db.listCollections({ name: 'internal_rows__lookup' }).hasNext()).toBe(false);
  });

  it('builds a compound index of fields filtered on together, and finds by both', async () => {
    await views.ensureCollection({
      name: 'pairs',
      indexes: ['name'],
      lookups: ['society'],
      compoundIndexes: [['society', 'name']],
    });
    await views.putManyIfVersion('pairs', [
      { doc: row('a', 's1'), expectedVersion: null },
      { doc: { ...row('b', 's1'), name: '学会a' }, expectedVersion: null },
      { doc: { ...row('c', 's2'), name: '学会a' }, expectedVersion: null },
    ]);
    const indexes = await db.collection('rm_pairs').listIndexes().toArray();
    expect(indexes.map((index) => [index.name, index.key])).toEqual(
      expect.arrayContaining([['society_name_id', { society: 1, name: 1, _id: 1 }]]),
    );
    expect(indexes.map((index) => index.name).sort()).toEqual([
      '_id_',
      'name_id',
      'society_id',
      'society_name_id',
    ]);
    const page = await views.find<Row>('pairs', {
      where: { society: 's1', name: '学会a' },
      limit: 5,
    });
    expect(page.items.map((doc) => doc._id)).toEqual(['a', 'b']);
  });

  it('finds one value by its type: a number is not its string, null is no value', async () => {
    await views.putManyIfVersion('rows', [
      { doc: row('a', 's1'), expectedVersion: null },
      { doc: row('b', null), expectedVersion: null },
    ]);
    await views.put('rows', { ...row('c', 's1'), society: 7 });
    expect(await ids({ society: 's1' })).toEqual(['a']);
    expect(await ids({ society: 7 })).toEqual(['c']);
    expect(await ids({ society: '7' })).toEqual([]);
  });

  it('pages through one value in _id order, a second field filtering', async () => {
    const writes = Array.from({ length: 1100 }, (_, i) => ({
      doc: row(`d-${String(i).padStart(4, '0')}`, i % 11 === 0 ? 'other' : 's1', i % 3 !== 0),
      expectedVersion: null,
      before: null,
    }));
    await views.putManyIfVersion('rows', writes);
    const expected = writes
      .map((w) => w.doc)
      .filter((doc) => doc.society === 's1' && doc.open)
      .map((doc) => doc._id);
    expect(await ids({ society: 's1', open: true }, 600)).toEqual(expected);
    expect(await ids({ society: 's1', open: true }, 97)).toEqual(expected);
    expect(await ids({ society: 'other' }, 7)).toHaveLength(100);
  });

  it('finds a document under its new value and not its old one', async () => {
    await views.putManyIfVersion('rows', [
      { doc: row('a', 's1'), expectedVersion: null },
      { doc: row('b', 's1'), expectedVersion: null },
    ]);
    await views.putManyIfVersion('rows', [{ doc: row('a', 's2', true, 2), expectedVersion: 1 }]);
    await views.putManyIfVersion('rows', [{ doc: row('b', 's2', true, 2), expectedVersion: 1 }]);
    expect(await ids({ society: 's1' })).toEqual([]);
    expect(await ids({ society: 's2' })).toEqual(['a', 'b']);
  });

  it('drops the lookup entries of earlier versions when it prepares', async () => {
    await views.put('rows', row('a', 's1'));
    await db
      .collection<{ _id: string }>('internal_rows__lookup')
      .insertOne({ _id: 'society="s1"|a' });
    await db.collection<{ _id: string }>('rm_other__lookup').insertOne({ _id: 'society="s1"|b' });
    await new MongoReadModelStore(db).prepare();
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names.filter((name) => name.endsWith('__lookup'))).toEqual([]);
    expect(await ids({ society: 's1' })).toEqual(['a']);
  });

  it('finds on fields that are neither lookups nor indexes too', async () => {
    await views.put('rows', row('a', 's1', false));
    await views.put('rows', row('b', 's2', true));
    expect(await ids({ open: false })).toEqual(['a']);
    expect(
      (
        await views.find<Row>('rows', {
          where: { society: 's2' },
          orderBy: { field: 'name', direction: 'desc' },
          limit: 5,
        })
      ).items.map((doc) => doc._id),
    ).toEqual(['b']);
  });
});
