import type { ReadModelStore, ViewDocument } from './read-model-store.port';

interface Row extends ViewDocument {
  name: string;
  campaign: string;
  score: number;
  open: boolean;
}

const row = (id: string, name: string, campaign: string, score: number, open = true): Row => ({
  _id: id,
  _version: 1,
  name,
  campaign,
  score,
  open,
});

/** The behaviour every ReadModelStore adapter must show. */
export function readModelStoreContract(open: () => Promise<ReadModelStore>): void {
  let views: ReadModelStore;
  beforeEach(async () => {
    views = await open();
    await views.ensureCollection({
      name: 'rows',
      indexes: ['name', 'campaign', 'score', 'open'],
      lookups: ['campaign'],
    });
  });
  afterEach(async () => {
    await views.close();
  });

  it('puts and gets documents, Chinese text byte for byte', async () => {
    const doc = {
      ...row('a', '天津市机械工程学会「流动党校」👩‍🔬', 'c1', 3),
      nested: { list: ['一', '二'] },
    };
    await views.put('rows', doc);
    expect(await views.get('rows', 'a')).toEqual(doc);
    expect(await views.get('rows', 'missing')).toBeNull();
    expect((await views.getMany<Row>('rows', ['a', 'missing'])).map((d) => d._id)).toEqual(['a']);
  });

  it('writes by compare-and-set on the version: only the writer that read the current version wins', async () => {
    expect(await views.putIfVersion('rows', row('a', 'x', 'c', 1), null)).toBe(true);
    expect(await views.putIfVersion('rows', row('a', 'y', 'c', 1), null)).toBe(false);
    expect(await views.putIfVersion('rows', { ...row('a', 'z', 'c', 1), _version: 2 }, 1)).toBe(
      true,
    );
    expect(await views.putIfVersion('rows', { ...row('a', 'stale', 'c', 1), _version: 2 }, 1)).toBe(
      false,
    );
    expect(await views.get<Row>('rows', 'a')).toMatchObject({ name: 'z', _version: 2 });
  });

  it('writes many documents by compare-and-set at once and names the ones it refused', async () => {
    await views.put('rows', row('kept', 'old', 'c', 1));
    await views.put('rows', row('moved', 'old', 'c', 1));
    await views.put('rows', { ...row('ahead', 'old', 'c', 1), _version: 3 });
    const refused = await views.putManyIfVersion('rows', [
      { doc: row('new1', '新的', 'c', 1), expectedVersion: null },
      { doc: row('kept', 'taken', 'c', 1), expectedVersion: null },
      { doc: { ...row('moved', '改了', 'c', 2), _version: 2 }, expectedVersion: 1 },
      { doc: { ...row('ahead', 'stale', 'c', 2), _version: 2 }, expectedVersion: 1 },
      { doc: { ...row('absent', 'x', 'c', 2), _version: 2 }, expectedVersion: 1 },
    ]);
    expect(refused.sort()).toEqual(['absent', 'ahead', 'kept']);
    expect(await views.get<Row>('rows', 'new1')).toMatchObject({ name: '新的', _version: 1 });
    expect(await views.get<Row>('rows', 'kept')).toMatchObject({ name: 'old', _version: 1 });
    expect(await views.get<Row>('rows', 'moved')).toMatchObject({ name: '改了', _version: 2 });
    expect(await views.get<Row>('rows', 'ahead')).toMatchObject({ name: 'old', _version: 3 });
    expect(await views.get('rows', 'absent')).toBeNull();
    // The next version of a written document can be written again, one at a time or many.
    expect(
      await views.putManyIfVersion('rows', [
        { doc: { ...row('moved', '再改', 'c', 3), _version: 3 }, expectedVersion: 2 },
      ]),
    ).toEqual([]);
    expect(await views.putIfVersion('rows', { ...row('moved', 'y', 'c', 4), _version: 4 }, 3)).toBe(
      true,
    );
    expect(await views.putManyIfVersion('rows', [])).toEqual([]);
  });

  it('lets exactly one of many concurrent writers at one version win', async () => {
    await views.put('rows', row('a', 'start', 'c', 0));
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        views.putIfVersion('rows', { ...row('a', `w${i}`, 'c', i), _version: 2 }, 1),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('finds by indexed fields, sorted, page by page with a cursor, no item twice or missed', async () => {
    for (let i = 0; i < 23; i++)
      await views.put(
        'rows',
        row(
          `id-${String(i).padStart(2, '0')}`,
          `学会${i % 5}`,
          i % 2 ? 'odd' : 'even',
          i % 7,
          i % 3 !== 0,
        ),
      );
    const pages: Row[][] = [];
    let after: string | null = null;
    do {
      const page: { items: Row[]; next: string | null } = await views.find<Row>('rows', {
        where: { campaign: 'odd' },
        orderBy: { field: 'score', direction: 'desc' },
        limit: 4,
        after,
      });
      pages.push(page.items);
      after = page.next;
    } while (after);
    const items = pages.flat();
    expect(items).toHaveLength(11);
    expect(new Set(items.map((i) => i._id)).size).toBe(11);
    expect(items.every((i) => i.campaign === 'odd')).toBe(true);
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pages.slice(0, -1).every((p) => p.length === 4)).toBe(true);
  });

  it('finds by a lookup field in _id order, page by page, and follows a value that moved', async () => {
    await views.putManyIfVersion(
      'rows',
      Array.from({ length: 23 }, (_, i) => ({
        doc: row(
          `id-${String(i).padStart(2, '0')}`,
          '学会',
          i % 2 ? 'odd' : 'even',
          i,
          i % 3 !== 0,
        ),
        expectedVersion: null,
      })),
    );
    const all = async (where: Record<string, string | boolean>) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page: { items: Row[]; next: string | null } = await views.find<Row>('rows', {
          where,
          limit: 3,
          after,
        });
        ids.push(...page.items.map((i) => i._id));
        after = page.next;
      } while (after);
      return ids;
    };
    const odd = Array.from({ length: 11 }, (_, i) => `id-${String(2 * i + 1).padStart(2, '0')}`);
    expect(await all({ campaign: 'odd' })).toEqual(odd);
    expect(await all({ campaign: 'odd', open: false })).toEqual([
      'id-03',
      'id-09',
      'id-15',
      'id-21',
    ]);
    const before = (await views.get<Row>('rows', 'id-03'))!;
    expect(
      await views.putManyIfVersion('rows', [
        { doc: { ...before, campaign: 'even', _version: 2 }, expectedVersion: 1 },
      ]),
    ).toEqual([]);
    expect(await all({ campaign: 'odd' })).toEqual(odd.filter((id) => id !== 'id-03'));
    const even = Array.from({ length: 12 }, (_, i) => `id-${String(2 * i).padStart(2, '0')}`);
    expect(await all({ campaign: 'even' })).toEqual([...even, 'id-03'].sort());
    expect(await all({ campaign: 'none' })).toEqual([]);
  });

  it('filters on booleans and counts', async () => {
    await views.put('rows', row('a', 'n', 'c', 1, true));
    await views.put('rows', row('b', 'n', 'c', 1, false));
    await views.put('rows', row('c', 'n', 'd', 1, false));
    expect(
      (await views.find<Row>('rows', { where: { open: false }, limit: 10 })).items.map(
        (i) => i._id,
      ),
    ).toEqual(['b', 'c']);
    expect(await views.count('rows', { open: false, campaign: 'c' })).toBe(1);
    expect(await views.count('rows')).toBe(3);
  });

  it('orders by _id when no order is given and pages through it', async () => {
    for (const id of ['c', 'a', 'b']) await views.put('rows', row(id, id, 'x', 1));
    const first = await views.find<Row>('rows', { limit: 2 });
    expect(first.items.map((i) => i._id)).toEqual(['a', 'b']);
    const second = await views.find<Row>('rows', { limit: 2, after: first.next });
    expect(second.items.map((i) => i._id)).toEqual(['c']);
    expect(second.next).toBeNull();
  });

  it('finds documents whose array field holds a value, within an _id range', async () => {
    for (const [id, tags] of [
      ['2026-01-01|a', ['甲', '乙']],
      ['2026-01-02|b', ['乙']],
      ['2026-01-03|c', ['丙']],
      ['2026-01-04|d', ['乙', '丙']],
    ] as const)
      await views.put('rows', { ...row(id, 'n', 'c', 1), tags: [...tags] });
    const holding = await views.find<Row>('rows', {
      contains: { field: 'tags', value: '乙' },
      limit: 10,
    });
    expect(holding.items.map((i) => i._id)).toEqual([
      '2026-01-01|a',
      '2026-01-02|b',
      '2026-01-04|d',
    ]);
    const window = await views.find<Row>('rows', {
      contains: { field: 'tags', value: '乙' },
      idRange: { gte: '2026-01-02', lt: '2026-01-04' },
      limit: 10,
    });
    expect(window.items.map((i) => i._id)).toEqual(['2026-01-02|b']);
    const paged = await views.find<Row>('rows', { idRange: { gte: '2026-01-02' }, limit: 1 });
    const rest = await views.find<Row>('rows', {
      idRange: { gte: '2026-01-02' },
      limit: 5,
      after: paged.next,
    });
    expect([...paged.items, ...rest.items].map((i) => i._id)).toEqual([
      '2026-01-02|b',
      '2026-01-03|c',
      '2026-01-04|d',
    ]);
    // An id found only as a whole element, never as a part of another.
    await views.put('rows', { ...row('2026-01-05|e', 'n', 'c', 1), tags: ['m-12', 'x"y'] });
    await views.put('rows', { ...row('2026-01-06|f', 'n', 'c', 1), tags: ['m-1'] });
    const exact = async (value: string) =>
      (await views.find<Row>('rows', { contains: { field: 'tags', value }, limit: 10 })).items.map(
        (i) => i._id,
      );
    expect(await exact('m-1')).toEqual(['2026-01-06|f']);
    expect(await exact('m-12')).toEqual(['2026-01-05|e']);
    expect(await exact('x"y')).toEqual(['2026-01-05|e']);
  });

  it('finds by an indexed array field through every kind of write, and indexes what was there before', async () => {
    await views.put('tagged', { ...row('a', 'n', 'c', 1), tags: ['甲', '乙'] });
    await views.put('tagged', { ...row('b', 'n', 'c', 1), tags: '乙' });
    await views.ensureCollection({ name: 'tagged', indexes: ['name'], arrayIndexes: ['tags'] });
    const holding = async (value: string, after?: string | null) =>
      (
        await views.find<Row>('tagged', { contains: { field: 'tags', value }, limit: 10, after })
      ).items.map((i) => i._id);
    expect(await holding('乙')).toEqual(['a', 'b']);
    expect(await holding('甲')).toEqual(['a']);

    await views.put('tagged', { ...row('a', 'n', 'c', 1), _version: 2, tags: ['丙'] });
    expect(
      await views.putIfVersion('tagged', { ...row('c', 'n', 'c', 1), tags: ['乙'] }, null),
    ).toBe(true);
    expect(
      await views.putIfVersion('tagged', { ...row('c', 'x', 'c', 1), tags: ['丁'] }, null),
    ).toBe(false);
    expect(
      await views.putIfVersion(
        'tagged',
        { ...row('b', 'n', 'c', 1), _version: 2, tags: ['丁', '丁'] },
        1,
      ),
    ).toBe(true);
    expect(
      await views.putManyIfVersion('tagged', [
        { doc: { ...row('c', 'n', 'c', 1), _version: 2, tags: ['甲', '丙'] }, expectedVersion: 1 },
        { doc: { ...row('d', 'n', 'c', 1), tags: [] }, expectedVersion: null },
        { doc: { ...row('a', 'n', 'c', 1), _version: 3, tags: ['乙'] }, expectedVersion: 1 },
      ]),
    ).toEqual(['a']);

    expect(await holding('乙')).toEqual([]);
    expect(await holding('甲')).toEqual(['c']);
    expect(await holding('丙')).toEqual(['a', 'c']);
    expect(await holding('丁')).toEqual(['b']);
    const first = await views.find<Row>('tagged', {
      contains: { field: 'tags', value: '丙' },
      limit: 1,
    });
    expect(first.items.map((i) => i._id)).toEqual(['a']);
    expect(await holding('丙', first.next)).toEqual(['c']);
    expect((await views.collections()).filter((name) => name.startsWith('tagged'))).toEqual([
      'tagged',
    ]);
  });

  it('finds with only the fields the caller reads: each document holds them as stored, page by page', async () => {
    for (const [id, score] of [
      ['a', 3],
      ['b', 1],
      ['c', 2],
      ['d', 5],
    ] as const)
      await views.put('rows', {
        ...row(id, '学会', id === 'd' ? 'c2' : 'c1', score),
        nested: { 名称: `第${id}` },
      });
    const query = {
      where: { name: '学会', open: true },
      fields: ['campaign', 'nested'],
      orderBy: { field: 'score', direction: 'desc' as const },
      limit: 2,
    };
    const first = await views.find<Row>('rows', query);
    const second = await views.find<Row>('rows', { ...query, after: first.next });
    const items = [...first.items, ...second.items];
    expect(items.map((i) => i._id)).toEqual(['d', 'a', 'c', 'b']);
    expect(second.next).toBeNull();
    for (const item of items)
      expect(item).toMatchObject({
        campaign: item._id === 'd' ? 'c2' : 'c1',
        nested: { 名称: `第${item._id}` },
      });
  });

  it('finds every match in any order when told the order does not matter', async () => {
    for (const [id, campaign] of [
      ['a', 'c1'],
      ['b', 'c2'],
      ['c', 'c1'],
      ['d', 'c1'],
    ] as const)
      await views.put('rows', row(id, '协会', campaign, 1));
    const found = await views.find<Row>('rows', {
      where: { name: '协会', open: true },
      unordered: true,
      limit: 10,
    });
    expect(found.items.map((i) => i._id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(found.next).toBeNull();
  });

  it('drops a collection', async () => {
    await views.put('rows', row('a', 'n', 'c', 1));
    await views.drop('rows');
    expect(await views.get('rows', 'a')).toBeNull();
  });
}
