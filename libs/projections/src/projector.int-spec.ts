import type { EventEnvelope } from '@pb/contracts';
import { SqliteEventStore, type StoredCommit } from '@pb/event-store';
import { appendSocietyHistory, societyHistory } from '../../../test/support/society-history';
import { societyProjection, type SocietyView } from './entities/society.view';
import { openProjector } from './projection.registry';
import { Projector } from './projector';
import { STREAM_POSITIONS } from './read-model-names';
import { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';

const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
const history = societyHistory(societyId);

describe('Projector', () => {
  let store: SqliteEventStore;
  let views: SqliteReadModelStore;
  let projector: Projector;
  let commits: StoredCommit[];
  const events = (from: number, to: number): EventEnvelope[] =>
    commits.slice(from - 1, to).flatMap((c) => c.events);
  const view = () => views.get<SocietyView>('societies', societyId);

  beforeEach(async () => {
    store = new SqliteEventStore(':memory:');
    views = new SqliteReadModelStore(':memory:');
    projector = new Projector(views, store, [societyProjection as never]);
    await projector.init();
    commits = await appendSocietyHistory(store, societyId, history);
  });

  afterEach(async () => {
    await store.close();
    await views.close();
  });

  it('counts the documents each batch writes, and writes none for a batch delivered again', async () => {
    const full = await openProjector(views, store);
    await full.handle(events(1, 4));
    // The society's four events: one society document, one position, one audit entry
    // each, one status view.
    expect(full.written.take()).toEqual({
      societies: 1,
      [STREAM_POSITIONS]: 1,
      audit_events: 4,
      society_status: 1,
    });
    const status = await views.get('society_status', societyId);
    await full.handle(events(1, 4));
    // Its status view comes out as it was: read again, not written.
    expect(full.written.take()).toEqual({});
    expect(await views.get('society_status', societyId)).toEqual(status);
  });

  it('writes the audit trail without reading it, and takes an entry already there as written', async () => {
    const full = await openProjector(views, store);
    await full.handle(events(1, 2));
    // The positions lost (a crash between the documents and the positions, where the
    // store has no transactions): the batch comes again and finds its entries there.
    await views.drop(STREAM_POSITIONS);
    await full.init();
    full.written.take();
    await full.handle(events(1, 2));
    expect(full.written.take()).toEqual({ [STREAM_POSITIONS]: 1 });
    expect(await views.count('audit_events')).toBe(2);
  });

  it('builds the society view from its events', async () => {
    await projector.handle(events(1, 4));
    expect(await view()).toMatchObject({
      name: '丙学会',
      shortName: null,
      formerNames: ['甲学会', '乙学会'],
      version: 4,
      partyOrganisation: { form: 'branch', secretary: '李红' },
    });
  });

  it('skips events it has applied before, so a redelivered batch changes nothing', async () => {
    await projector.handle(events(1, 3));
    const once = await view();
    await projector.handle(events(1, 3));
    await projector.handle(events(2, 2));
    expect(await view()).toEqual(once);
    expect((await view())!.formerNames).toEqual(['甲学会', '乙学会']);
  });

  it('fills a gap from the event store before applying a later event', async () => {
    await projector.handle(events(1, 1));
    await projector.handle(events(4, 4));
    expect(await view()).toMatchObject({
      name: '丙学会',
      formerNames: ['甲学会', '乙学会'],
      version: 4,
    });
  });

  it('fills a gap at the very start of a stream', async () => {
    await projector.handle(events(3, 3));
    expect(await view()).toMatchObject({
      name: '丙学会',
      shortName: null,
      formerNames: ['甲学会', '乙学会'],
      version: 3,
    });
  });

  it('applies a batch whose events arrive out of order in seq order', async () => {
    await projector.handle([...events(1, 4)].reverse());
    expect(await view()).toMatchObject({
      name: '丙学会',
      formerNames: ['甲学会', '乙学会'],
      version: 4,
    });
  });

  it('refuses to overwrite a document another instance changed meanwhile, so the batch is applied again', async () => {
    await projector.handle(events(1, 1));
    const other = new Projector(views, store, [societyProjection as never]);
    const racing = views.putManyIfVersion.bind(views);
    let first = true;
    jest.spyOn(views, 'putManyIfVersion').mockImplementation(async (collection, writes) => {
      if (first && collection === 'societies') {
        first = false;
        await other.handle(events(2, 2));
      }
      return racing(collection, writes);
    });
    await expect(projector.handle(events(2, 3))).rejects.toThrow(/written concurrently/);
    jest.restoreAllMocks();
    await projector.handle(events(2, 3));
    expect(await view()).toMatchObject({
      name: '丙学会',
      formerNames: ['甲学会', '乙学会'],
      version: 3,
    });
  });
});
