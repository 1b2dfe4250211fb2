import { connectMongo } from '@pb/storage';
import { ObjectId, type Document, type Filter, type Sort } from 'mongodb';

interface Row extends Document {
  readonly _id: string | number | ObjectId;
}
import { mongoUri, uniqueName } from '../../../../test/support/servers';

// FerretDB as scripts/servers builds it compares a field that leads an index as the
// index's own expression, and pushes sort and limit down when the filter is exact
// (tools/ferretdb/patches/0003): the answers must stay MongoDB's, whatever else the
// field holds in other documents.
describe('the MongoDB-wire server on indexed fields', () => {
  const database = uniqueName('pb_indexed');
  let close: () => Promise<void>;
  let find: (filter: Filter<Row>, sort: Sort, limit: number) => Promise<unknown[]>;
  let explain: (filter: Filter<Row>, sort: Sort, limit: number) => Promise<Document>;

  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  const hex = 'aaaaaaaaaaaaaaaaaaaaaaaa';

  beforeAll(async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database });
    close = async () => {
      await db.dropDatabase();
      await client.close();
    };
    const rows = db.collection<Row>('rows');
    await rows.createIndex({ type: 1, _id: 1 }, { name: 'type_id' });
    await rows.createIndex({ actor: 1, _id: 1 }, { name: 'actor_id' });
    await rows.createIndex({ at: 1, _id: 1 }, { name: 'at_id' });
    await rows.createIndex({ type: 1, at: 1, _id: 1 }, { name: 'type_at_id' });
    await rows.insertMany([
      { _id: 'a1', type: 'x', actor: 'p', at: day(1) },
      { _id: 'a2', type: 'y', actor: 'p', at: day(2) },
      { _id: 'a3', type: 'x', actor: 'q', at: day(3) },
      { _id: 'a4', type: 'x', actor: 'p', at: day(4) },
      { _id: 'a5', type: 'z', actor: 'p', at: day(2).getTime() },
      { _id: 'a6', type: new ObjectId(hex), actor: hex, at: day(5) },
      { _id: 'a7', type: hex, actor: null },
      { _id: 'a8', type: 7, actor: 'p', at: day(6) },
      { _id: 'a9', type: 'y', actor: ['p', 'q'], at: day(1) },
      { _id: 'b1', type: 'w', actor: [new ObjectId(hex)] },
      { _id: 'b2', type: 'w', actor: ['r', hex] },
      { _id: 3, type: 'x', actor: 'p', at: day(9) },
      { _id: new ObjectId(), type: 'x', actor: 'p', at: day(9) },
    ]);
    find = (filter, sort, limit) =>
      rows
        .find(filter)
        .sort(sort)
        .limit(limit)
        .toArray()
        .then((docs) => docs.map((d) => d._id));
    explain = (filter, sort, limit) =>
      db.command({ explain: { find: 'rows', filter, sort, limit }, verbosity: 'queryPlanner' });
  });

  afterAll(() => close());

  const strings = { $gte: '' };

  it('finds one value of one field, in _id order, from either end', async () => {
    expect(await find({ type: 'x', _id: strings }, { _id: 1 }, 2)).toEqual(['a1', 'a3']);
    expect(await find({ type: 'x', _id: strings }, { _id: -1 }, 2)).toEqual(['a4', 'a3']);
    expect(await find({ type: { $eq: 'x' }, _id: { $gt: 'a1' } }, { _id: 1 }, 5)).toEqual([
      'a3',
      'a4',
    ]);
  });

  it('combines two indexed fields', async () => {
    expect(await find({ type: 'x', actor: 'p', _id: strings }, { _id: 1 }, 5)).toEqual([
      'a1',
      'a4',
    ]);
  });

  it('keeps MongoDB order across _id types when the filter does not bound _id to strings', async () => {
    const ids = await find({ type: 'x' }, { _id: 1 }, 2);
    expect(ids).toEqual([3, 'a1']);
  });

  it('tells a string from an ObjectId of the same hex, under a limit', async () => {
    expect(await find({ type: hex, _id: strings }, { _id: 1 }, 1)).toEqual(['a7']);
    expect(await find({ actor: hex, _id: strings }, { _id: 1 }, 1)).toEqual(['a6']);
  });

  it('matches the elements of an array held by some document, under a limit', async () => {
    expect(await find({ actor: 'q', _id: strings }, { _id: 1 }, 5)).toEqual(['a3', 'a9']);
    expect(await find({ actor: 'q', _id: strings }, { _id: -1 }, 1)).toEqual(['a9']);
    expect(await find({ actor: hex, _id: strings }, { _id: 1 }, 5)).toEqual(['a6', 'b2']);
  });

  it('serves a range of strings sorted by the field', async () => {
    expect(
      await find({ type: { $gte: 'x', $lt: 'z' }, _id: strings }, { type: -1, _id: -1 }, 3),
    ).toEqual(['a9', 'a2', 'a4']);
  });

  it('serves a range of dates, numbers left out', async () => {
    expect(
      await find({ at: { $gte: day(2), $lt: day(5) }, _id: strings }, { at: 1, _id: 1 }, 3),
    ).toEqual(['a2', 'a3', 'a4']);
    expect(await find({ at: day(2), _id: strings }, { _id: 1 }, 5)).toEqual(['a2']);
  });

  it('reads an exact filter from the index and stops at the limit (FerretDB only)', async () => {
    const plan = await explain({ type: 'x', _id: strings }, { _id: 1 }, 2);
    // Real MongoDB answers with its own plan format, which this does not look into.
    if (plan.queryPlanner?.Plan === undefined) return;
    expect(plan.limitPushdown).toBe(true);
    expect(JSON.stringify(plan.queryPlanner)).toContain('"Index Cond"');
    // Two fields that each lead an index are read from the compound index of both.
    expect(await find({ type: 'x', at: day(4), _id: strings }, { _id: 1 }, 2)).toEqual(['a4']);
    const both = await explain({ type: 'x', at: day(4), _id: strings }, { _id: 1 }, 2);
    expect(both.limitPushdown).toBe(true);
    expect(JSON.stringify(both.queryPlanner)).toMatch(/"Index Name":"[^"]*type_at_id/);
    const arrays = await explain({ actor: 'q', _id: strings }, { _id: 1 }, 1);
    expect(arrays.limitPushdown).toBe(true);
  });

  it("reads a value held in arrays from the arrays' index beside the field's (FerretDB only)", async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database });
    try {
      const many = db.collection<Row>('many');
      await many.createIndex({ members: 1, _id: 1 }, { name: 'members_id' });
      await many.insertMany(
        Array.from({ length: 5000 }, (_, i) => ({
          _id: `m${String(i).padStart(5, '0')}`,
          members: i % 500 === 7 ? ['委员甲', `m${i}`] : [`m${i % 250}`],
        })),
      );
      const filter = { members: '委员甲', _id: strings };
      const found = await many.find(filter).sort({ _id: 1 }).limit(20).toArray();
      expect(found.map((d) => d._id)).toEqual(
        Array.from({ length: 10 }, (_, k) => `m${String(k * 500 + 7).padStart(5, '0')}`),
      );
      const plan = await db.command({
        explain: { find: 'many', filter, sort: { _id: 1 }, limit: 20 },
        verbosity: 'queryPlanner',
      });
      if (plan.queryPlanner?.Plan === undefined) return;
      expect(JSON.stringify(plan.queryPlanner)).toMatch(/"Index Name":"[^"]*members_id_[^"]*_arr_pkey"/);
    } finally {
      await client.close();
    }
  });
});
