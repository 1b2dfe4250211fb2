import { upcast, type EventEnvelope } from '@pb/contracts';
import type { EventStore } from '@pb/event-store';
import type { EntityDocument, EntityProjection } from './projection';

export interface Replay {
  /** collection -> id -> document */
  readonly docs: Map<string, Map<string, EntityDocument>>;
  readonly commits: number;
  readonly events: number;
}

/**
 * Replays the event store in memory through the entity projections, keeping only the
 * events `include` accepts: the whole store for a consistency check, or what was
 * recorded (or had happened) by a moment for an as-of report.
 */
export async function replayInMemory(
  store: EventStore,
  projections: readonly EntityProjection[],
  include: (event: EventEnvelope) => boolean = () => true,
  pageSize = 1000,
): Promise<Replay> {
  const docs = new Map<string, Map<string, EntityDocument>>();
  for (const projection of projections)
    if (!docs.has(projection.spec.name)) docs.set(projection.spec.name, new Map());
  let commits = 0;
  let events = 0;
  let after: string | null = null;
  for (;;) {
    const page = await store.readAll(after, pageSize);
    if (page.commits.length === 0) break;
    after = page.next;
    for (const commit of page.commits) {
      commits++;
      for (const event of commit.events.map(upcast)) {
        if (!include(event)) continue;
        events++;
        for (const projection of projections) {
          if (!projection.handles(event)) continue;
          const collection = docs.get(projection.spec.name)!;
          const id = projection.documentId(event);
          const next = projection.apply(collection.get(id) ?? null, event);
          if (next)
            collection.set(id, {
              ...next,
              _version: 0,
              _position: { seq: event.seq, index: event.index },
            } as EntityDocument);
        }
      }
    }
  }
  return { docs, commits, events };
}
