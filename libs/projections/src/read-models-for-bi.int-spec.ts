import { MongoEventStore } from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import type { Db, MongoClient } from 'mongodb';
import { appendSocietyHistory, societyHistory } from '../../../test/support/society-history';
import { mongoUri, uniqueName } from '../../../test/support/servers';
import { GenerationalReadModelStore } from './generations';
import { MongoReadModelStore } from './mongodb/mongo-read-model-store';
import { ENTITY_PROJECTIONS, openProjector } from './projection.registry';
import { rebuildReadModels } from './rebuild';

const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';

/** What a BI tool asks with a plain driver: January's second and third days, newest first. */
const januaryWindow = (db: Db) =>
  db
    .collection('rm_audit_events')
    .find({ recordedAt: { $gte: new Date('2026-01-02'), $lt: new Date('2026-01-04') } })
    .sort({ recordedAt: -1 })
    .toArray();

describe('the MongoDB views as a BI reader with a plain driver sees them', () => {
  let client: MongoClient;
  let db: Db;
  let store: MongoEventStore;
  let views: GenerationalReadModelStore;

  beforeEach(async () => {
    ({ client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_bi') }));
    store = await new MongoEventStore(db).init();
    views = new GenerationalReadModelStore(new MongoReadModelStore(db));
    const commits = await appendSocietyHistory(store, societyId, societyHistory(societyId));
    const projector = await openProjector(views, store);
    await projector.handle(commits.flatMap((commit) => commit.events));
  });

  afterEach(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('reads the same documents under the same names before and after a rebuild, instants as dates', async () => {
    const before = await januaryWindow(db);
    expect(before.map((doc) => doc.type)).toEqual(['SocietyRenamed', 'SocietyRenamed']);
    expect(before[0]!.recordedAt).toEqual(new Date('2026-01-03T00:00:00.000Z'));
    const society = await db.collection('rm_societies').findOne({ _id: societyId as never });
    const status = await db.collection('rm_society_status').findOne({ _id: societyId as never });
    expect(society).toMatchObject({ name: '丙学会' });
    expect(status).not.toBeNull();
    const names = async () =>
      (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
    const namesBefore = await names();

    await rebuildReadModels(store, views, ENTITY_PROJECTIONS);

    expect(await januaryWindow(db)).toEqual(before);
    expect(await db.collection('rm_societies').findOne({ _id: societyId as never })).toEqual(
      society,
    );
    expect(await db.collection('rm_society_status').findOne({ _id: societyId as never })).toEqual(
      status,
    );
    expect(await names()).toEqual(namesBefore);
    // Nothing internal under the views' prefix, nothing else beside them but the event store's.
    expect(namesBefore.filter((name) => /^rm_.*(__|_g\d+$)/.test(name))).toEqual([]);
    expect(namesBefore).toEqual(expect.arrayContaining(['internal_stream_positions', 'commits']));
  });

  it('keeps a date without a time as its YYYY-MM-DD string', async () => {
    const society = await db.collection('rm_societies').findOne({ _id: societyId as never });
    expect(society?.partyOrganisation).toMatchObject({ establishedOn: '2020-01-01' });
  });
});

describe('a deployment of an earlier version, its views under generation names', () => {
  it('moves every collection to its stable name on the first call, the documents and lookups kept', async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_gen') });
    try {
      const row = (id: string) => ({ _id: id, _version: 1, society: 's1', at: '2026-01-01' });
      await db
        .collection('rm_read_model_meta')
        .insertOne({ _id: 'generation' as never, _version: 2, generation: 1 });
      await db.collection('rm_rows').insertOne(row('stale') as never);
      await db.collection('rm_rows__lookup').insertOne({ _id: 'society="s1"|stale' as never });
      await db.collection('rm_rows_g1').insertMany([row('a'), row('b')] as never[]);
      await db
        .collection('rm_rows_g1__lookup')
        .insertMany([
          { _id: '#complete' },
          { _id: 'society="s1"|a' },
          { _id: 'society="s1"|b' },
        ] as never[]);
      await db.collection('rm_rows_g1__cas').insertOne({ _id: 'a|2' as never, at: 'x' });
      await db
        .collection('rm_stream_positions_g1')
        .insertOne({ _id: 'society-x' as never, _version: 1, seq: 3, index: 0 });
      await db.collection('rm_rows_g2').insertOne(row('half-built') as never);

      const views = new GenerationalReadModelStore(new MongoReadModelStore(db));
      await views.ensureCollection({ name: 'rows', indexes: [], lookups: ['society'] });
      const found = await views.find('rows', { where: { society: 's1' }, limit: 10 });
      expect(found.items.map((doc) => doc._id)).toEqual(['a', 'b']);
      expect(await views.get('stream_positions', 'society-x')).toMatchObject({ seq: 3 });

      const names = (await db.listCollections({}, { nameOnly: true }).toArray())
        .map((c) => c.name)
        .sort();
      expect(names).toEqual(['internal_rows__cas', 'internal_stream_positions', 'rm_rows']);
      // A second process starting after the first finds nothing left to move.
      const again = new GenerationalReadModelStore(new MongoReadModelStore(db));
      expect(
        (await again.find('rows', { where: { society: 's1' }, limit: 10 })).items,
      ).toHaveLength(2);
    } finally {
      await db.dropDatabase();
      await client.close();
    }
  });
});
