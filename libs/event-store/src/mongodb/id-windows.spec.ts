import { randomUUID } from 'node:crypto';
import { STREAM_TYPES } from '@pb/contracts';
import { newWindowHint, readInWindows, windowBoundaries, type IdRangeQuery } from './id-windows';

/** An in-memory collection answering bounded range queries, counting the documents each touches. */
function collection(ids: string[]) {
  const sorted = [...ids].sort();
  const stats = { queries: 0, touched: 0, widest: 0 };
  const query: IdRangeQuery<{ _id: string }> = async (range, limit) => {
    stats.queries++;
    const inRange = sorted.filter(
      (id) =>
        (range.gt === undefined || id > range.gt) &&
        (range.gte === undefined || id >= range.gte) &&
        (range.lt === undefined || id < range.lt),
    );
    stats.touched += inRange.length;
    stats.widest = Math.max(stats.widest, inRange.length);
    return inRange.slice(0, limit).map((_id) => ({ _id }));
  };
  return { sorted, stats, query };
}

async function readEverything(
  query: IdRangeQuery<{ _id: string }>,
  limit: number,
  end: string | null = null,
) {
  const hint = newWindowHint();
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { docs, done }: { docs: { _id: string }[]; done: boolean } = await readInWindows(
      query,
      STREAM_TYPES,
      after,
      end,
      limit,
      hint,
    );
    out.push(...docs.map((d) => d._id));
    if (done || docs.length === 0) return out;
    after = docs[docs.length - 1]!._id;
  }
}

describe('reading an _id range in bounded windows', () => {
  it('cuts windows at the hex digits after each stream type', () => {
    const boundaries = windowBoundaries(['lecture', 'society'], {
      digits: new Map([
        ['lecture', 1],
        ['society', 1],
      ]),
    });
    expect(boundaries).toHaveLength(32);
    expect(boundaries.slice(0, 3)).toEqual(['lecture-0', 'lecture-1', 'lecture-2']);
    expect(boundaries[31]).toBe('society-f');
  });

  it('returns every commit id exactly once and in order, whatever the key mix', async () => {
    const ids: string[] = [];
    for (const kind of ['campaign', 'lecture', 'member', 'seal', 'service-task', 'society'])
      for (let i = 0; i < 300; i++) {
        const stream = `${kind}-${randomUUID()}`;
        for (let seq = 1; seq <= 1 + (i % 4); seq++)
          ids.push(`${stream}:${String(seq).padStart(10, '0')}`);
      }
    ids.push('学会-中文:0000000001', '~~tilde', ' space', '!bang');
    const { sorted, query } = collection(ids);
    expect(await readEverything(query, 100)).toEqual(sorted);
    expect(await readEverything(query, 7)).toEqual(sorted);
  });

  it('stops at the end of the range', async () => {
    const { sorted, query } = collection(['a1', 'a2', 'b1', 'b2', 'c1']);
    expect(await readEverything(query, 2, 'b2')).toEqual(sorted.slice(0, 3));
  });

  it('touches about a page per page rather than the rest of the collection', async () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => `lecture-${randomUUID()}:${i % 3}`);
    // Sparse types before and after the dense one must not widen its windows.
    ids.push(...Array.from({ length: 1_000 }, () => `campaign-${randomUUID()}:1`));
    ids.push(...Array.from({ length: 1_000 }, () => `member-${randomUUID()}:1`));
    const { stats, query } = collection(ids);
    const read = await readEverything(query, 1000);
    expect(read).toHaveLength(42_000);
    // An unbounded cursor touches about n²/(2 × page) = 200,000 documents here.
    expect(stats.touched).toBeLessThan(42_000 * 3);
    // No window is ever a whole type: the widest holds a few pages at most.
    expect(stats.widest).toBeLessThan(5000);
  });
});
