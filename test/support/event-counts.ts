import type { EventStore } from '@pb/event-store';

/** How many events of each type the store holds. */
export async function countEventsByType(store: EventStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let after: string | null = null;
  for (;;) {
    const page = await store.readAll(after, 1000);
    if (page.commits.length === 0) return counts;
    after = page.next;
    for (const event of page.commits.flatMap((c) => c.events))
      counts[event.type] = (counts[event.type] ?? 0) + 1;
  }
}
