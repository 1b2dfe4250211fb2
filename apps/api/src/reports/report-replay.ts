import type { EventEnvelope } from '@pb/contracts';
import type { EventStore } from '@pb/event-store';
import {
  replayInMemory,
  type EntityDocument,
  type EntityProjection,
  type FindQuery,
  type ReadModelStore,
  type ViewDocument,
} from '@pb/projections';

const ALL = 1_000_000;

/**
 * Every document of a collection that matches, for a live report. With `fields` the store
 * sends just those (a MongoDB-wire server then sends a fraction of each document), typed
 * as just those. The reports do not depend on the order (an as-of report replays in another).
 */
export function everyView<T>(
  views: ReadModelStore,
  collection: string,
  where: FindQuery['where'] = {},
  fields?: readonly string[],
): Promise<T[]> {
  return views
    .find<ViewDocument & T>(collection, { where, fields, limit: ALL, unordered: true })
    .then((page): T[] => page.items);
}

/** What an as-of report keeps: what had been recorded by then, or what had happened by then. */
export type Timeline = 'recorded' | 'occurred';

/** The level-1 views as they stood at a moment, rebuilt in memory. */
export interface ViewsAsOf {
  /** Every document the projection held at the moment. */
  all<T extends EntityDocument>(projection: EntityProjection<T>): T[];
  one<T extends EntityDocument>(projection: EntityProjection<T>, id: string): T | undefined;
}

/**
 * Replays the event store into the given projections up to a moment: an as-of report is
 * the live report's computation over these documents, so the two cannot drift apart.
 */
export async function viewsAsOf(
  store: EventStore,
  projections: readonly EntityProjection[],
  moment: Date,
  timeline: Timeline = 'recorded',
): Promise<ViewsAsOf> {
  const limit = moment.toISOString();
  const include = (event: EventEnvelope) =>
    (timeline === 'recorded' ? event.recordedAt : event.occurredAt) <= limit;
  const { docs } = await replayInMemory(store, projections, include);
  // The replay keys documents by collection name, which loses their type; a collection
  // holds only what its projection wrote, so the projection's type is theirs.
  const of = <T extends EntityDocument>(projection: EntityProjection<T>) =>
    (docs.get(projection.spec.name) ?? new Map<string, EntityDocument>()) as Map<string, T>;
  return {
    all: (projection) => [...of(projection).values()],
    one: (projection, id) => of(projection).get(id),
  };
}
