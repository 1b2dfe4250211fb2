import { GenerationalReadModelStore } from './generations';
import { AUDIT_INDEX } from './read-model-names';
import type { ReadModelStore, ViewDocument } from './read-model-store.port';

interface Row extends ViewDocument {
  readonly society: string;
  readonly name: string;
  readonly at: string;
}

const row = (id: string, society: string, at: string, version = 1): Row => ({
  _id: id,
  _version: version,
  society,
  name: `学会${id}`,
  at,
});

const spec = (name: string) => ({ name, indexes: ['at'], lookups: ['society'] });

/**
 * How every ReadModelStore adapter moves collections (a rebuild's switch) and keeps
 * instants: whatever it stores them as, a reader gets back the string written.
 */
export function readModelMovesContract(open: () => Promise<ReadModelStore>): void {
  let views: ReadModelStore;
  beforeEach(async () => {
    views = await open();
  });
  afterEach(async () => {
    await views.close();
  });

  const ids = async (collection: string, society: string) =>
    (await views.find<Row>(collection, { where: { society }, limit: 10 })).items.map((d) => d._id);

  it('moves a collection over another: its documents, index and lookups, the old content and the source gone', async () => {
    await views.ensureCollection(spec('live'));
    await views.put('live', row('old', 's1', '2026-01-01T00:00:00.000Z'));
    await views.ensureCollection(spec('aside'));
    await views.put('aside', row('b', 's1', '2026-03-02T00:00:00.000Z'));
    await views.put('aside', row('a', 's2', '2026-03-01T00:00:00.000Z'));
    expect(await views.collections()).toEqual(expect.arrayContaining(['live', 'aside']));

    await views.replaceCollections([{ from: 'aside', to: 'live' }]);
    expect(await views.collections()).not.toContain('aside');
    expect(await views.get('live', 'old')).toBeNull();
    expect(await ids('live', 's1')).toEqual(['b']);
    const byTime = await views.find<Row>('live', {
      orderBy: { field: 'at', direction: 'desc' },
      limit: 10,
    });
    expect(byTime.items.map((d) => d._id)).toEqual(['b', 'a']);
    // The moved collection takes writes and keeps its lookups under its new name.
    await views.ensureCollection(spec('live'));
    await views.put('live', row('c', 's1', '2026-03-03T00:00:00.000Z'));
    expect(await ids('live', 's1')).toEqual(['b', 'c']);
  });

  it("drops the audit trail's own index of earlier versions when a process opens the views", async () => {
    await views.ensureCollection({ name: AUDIT_INDEX, indexes: [] });
    await views.put(AUDIT_INDEX, { _id: 'type=SocietyAssigned|2026-01-01', _version: 1 });
    await views.ensureCollection(spec('live'));
    await new GenerationalReadModelStore(views).opened();
    expect(await views.collections()).not.toContain(AUDIT_INDEX);
    expect(await views.collections()).toContain('live');
  });

  it('skips a move whose source is gone, as when another process moved it first', async () => {
    await views.ensureCollection(spec('live'));
    await views.put('live', row('a', 's1', '2026-01-01T00:00:00.000Z'));
    await views.replaceCollections([{ from: 'gone', to: 'live' }]);
    expect(await ids('live', 's1')).toEqual(['a']);
  });

  it('gives back every instant and date as the string written, and filters, sorts and pages on them', async () => {
    await views.ensureCollection(spec('times'));
    const doc = {
      ...row('a', 's1', '2026-03-01T01:30:00.000Z'),
      day: '2026-03-01',
      loose: '2026-03-01T09:30:00+08:00',
      notAnInstant: '2026-13-01T00:00:00.000Z',
      nested: { list: [{ dueAt: '2026-04-01T00:00:00.000Z' }], at: null },
    };
    await views.put('times', doc);
    await views.put('times', row('b', 's1', '2026-03-01T01:30:00.001Z'));
    await views.put('times', row('c', 's2', '2025-12-31T23:59:59.999Z'));
    expect(await views.get('times', 'a')).toEqual(doc);
    expect(
      (await views.find('times', { where: { at: '2026-03-01T01:30:00.000Z' }, limit: 5 })).items,
    ).toEqual([doc]);
    expect(await views.count('times', { at: '2025-12-31T23:59:59.999Z' })).toBe(1);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: Row[]; next: string | null } = await views.find<Row>('times', {
        orderBy: { field: 'at', direction: 'asc' },
        limit: 1,
        after,
      });
      seen.push(...page.items.map((d) => d.at));
      after = page.next;
    } while (after);
    expect(seen).toEqual([
      '2025-12-31T23:59:59.999Z',
      '2026-03-01T01:30:00.000Z',
      '2026-03-01T01:30:00.001Z',
    ]);
  });
}
