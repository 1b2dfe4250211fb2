/**
 * Reading a long `_id` range in bounded windows.
 *
 * FerretDB v1 serves `_id` ranges from its index, but it neither pushes a sort nor a
 * limit down when the query has a filter: `find({_id: {$gt: x}}).sort({_id: 1}).limit(n)`
 * fetches and sorts every document after `x`, so paging over a collection costs the
 * square of its size. A range bounded on both sides costs only what it holds.
 *
 * Keys that start with a stream id (`<type>-<uuid>`, then `:<seq>`) spread evenly over
 * the hex digits that follow each type. The windows are cut there: for `digits` hex
 * digits, every `<type>-<digits>` is a boundary, and consecutive boundaries make a
 * window. The first window (before every boundary) and the last (after them) are
 * open-ended, so the windows cover every key whatever it looks like: a key of another
 * shape is still read, only in a wider window. The number of digits adapts as a read
 * goes: sparse windows widen the next ones, a full one narrows them. On MongoDB the
 * same queries are plain index range scans.
 */
/** A bounded `_id` range query: `[gte, lt)` (or `(gt, lt)`), sorted by `_id`, at most `limit`. */
export type IdRangeQuery<T> = (
  range: { gt?: string; gte?: string; lt?: string },
  limit: number,
) => Promise<T[]>;

/**
 * The window widths a reader uses, per stream type (types differ in density by orders
 * of magnitude), kept between reads so the next starts at the right ones.
 */
export interface WindowHint {
  /** Hex digits after the type that make a window: 16^digits windows per type. */
  readonly digits: Map<string, number>;
}

export function newWindowHint(): WindowHint {
  return { digits: new Map() };
}

export const DEFAULT_WINDOW_DIGITS = 2;
const MAX_DIGITS = 3;
const HEX = '0123456789abcdef';

const cache = new Map<string, string[]>();

/** The sorted window boundaries for key prefixes `types` at each type's hex digits. */
export function windowBoundaries(types: readonly string[], hint: WindowHint): string[] {
  const digitsOf = (type: string) => hint.digits.get(type) ?? DEFAULT_WINDOW_DIGITS;
  const key = types.map((type) => `${type}:${digitsOf(type)}`).join(',');
  let boundaries = cache.get(key);
  if (!boundaries) {
    boundaries = [
      ...new Set(
        types.flatMap((type) => {
          let suffixes = [''];
          for (let i = 0; i < digitsOf(type); i++)
            suffixes = suffixes.flatMap((s) => [...HEX].map((h) => s + h));
          return suffixes.map((s) => `${type}-${s}`);
        }),
      ),
    ].sort();
    if (cache.size > 100) cache.clear();
    cache.set(key, boundaries);
  }
  return boundaries;
}

/** The type whose keys `key` lies among, or null between them. */
function typeOf(types: readonly string[], key: string): string | null {
  let found: string | null = null;
  for (const type of types)
    if (key.startsWith(`${type}-`) && (found === null || type.length > found.length)) found = type;
  return found;
}

/** The first boundary above `key`, or null when `key` is past the last one. */
function boundaryAfter(boundaries: readonly string[], key: string): string | null {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return boundaries[lo] ?? null;
}

/**
 * Up to `limit` documents with `after < _id < end` (end null: no end), in `_id` order,
 * read in bounded windows cut at the stream types `types`. `done` is true when
 * nothing is left in the range.
 */
export async function readInWindows<T extends { _id: string }>(
  query: IdRangeQuery<T>,
  types: readonly string[],
  after: string | null,
  end: string | null,
  limit: number,
  hint: WindowHint,
): Promise<{ docs: T[]; done: boolean }> {
  const docs: T[] = [];
  let lo = after ?? '';
  let inclusive = after === null;
  const sparse = new Map<string, { windows: number; docs: number }>();
  for (;;) {
    if (end !== null && lo >= end) return { docs, done: true };
    const want = limit - docs.length;
    const type = typeOf(types, lo);
    const digits =
      type === null ? DEFAULT_WINDOW_DIGITS : (hint.digits.get(type) ?? DEFAULT_WINDOW_DIGITS);
    const bound = boundaryAfter(windowBoundaries(types, hint), lo);
    const hi = bound === null || (end !== null && end < bound) ? end : bound;
    const found = await query(
      { ...(inclusive ? { gte: lo } : { gt: lo }), ...(hi === null ? {} : { lt: hi }) },
      want,
    );
    docs.push(...found);
    if (found.length >= want) {
      // A window held a whole page: this type's next windows are narrower.
      if (type !== null && found.length >= limit / 2)
        hint.digits.set(type, Math.min(MAX_DIGITS, digits + 1));
      return { docs, done: false };
    }
    if (hi === null || hi === end) return { docs, done: true };
    // Many sparse windows of one type for one page: widen that type's.
    if (type !== null) {
      const seen = sparse.get(type) ?? { windows: 0, docs: 0 };
      seen.windows++;
      seen.docs += found.length;
      sparse.set(type, seen);
      if (seen.windows >= 16 && seen.docs < limit / 4 && digits > 0) {
        hint.digits.set(type, digits - 1);
        sparse.delete(type);
      }
    }
    lo = hi;
    inclusive = true;
  }
}

/** The MongoDB filter of a window: `{}` for the whole collection. */
export function idFilter(range: { gt?: string; gte?: string; lt?: string }): {
  _id?: { $gt?: string; $gte?: string; $lt?: string };
} {
  const bounds = {
    ...(range.gt !== undefined ? { $gt: range.gt } : {}),
    ...(range.gte !== undefined ? { $gte: range.gte } : {}),
    ...(range.lt !== undefined ? { $lt: range.lt } : {}),
  };
  return Object.keys(bounds).length === 0 ? {} : { _id: bounds };
}
