import { encodeCursor, type FindResult, type ViewDocument } from '@pb/projections';

/**
 * Pages through a read model in `_id` order keeping only the items `keep` accepts (a
 * filter that cannot be indexed, such as "overdue", which changes with the clock),
 * until `limit` items are found. The cursor points after the last item looked at.
 */
export async function filteredPage<T extends ViewDocument, R>(
  fetch: (after: string | null, limit: number) => Promise<FindResult<T>>,
  keep: (items: readonly T[]) => Promise<R[]> | R[],
  limit: number,
  after: string | null,
): Promise<{ items: R[]; next: string | null }> {
  const items: R[] = [];
  let cursor = after;
  for (;;) {
    const page = await fetch(cursor, limit);
    for (const item of page.items) {
      items.push(...(await keep([item])));
      cursor = encodeCursor(null, item._id);
      if (items.length === limit) {
        const more = page.next !== null || page.items[page.items.length - 1] !== item;
        return { items, next: more ? cursor : null };
      }
    }
    if (page.next === null) return { items, next: null };
    cursor = page.next;
  }
}
