import { isDeepStrictEqual } from 'node:util';
import type { EventStore } from '@pb/event-store';
import type { EntityDocument, EntityProjection } from './projection';
import type { ReadModelStore } from './read-model-store.port';
import { replayInMemory } from './replay';

export interface Difference {
  readonly collection: string;
  readonly id: string;
  readonly problem: 'missing' | 'unexpected' | 'different';
  readonly expected?: unknown;
  readonly actual?: unknown;
}

export interface ConsistencyReport {
  readonly commits: number;
  readonly events: number;
  readonly documents: number;
  readonly differences: readonly Difference[];
}

/**
 * Replays the whole event store in memory through the entity projections and compares
 * the result with the stored read models: every missing, unexpected or different
 * document is reported.
 */
export async function checkConsistency(
  store: EventStore,
  views: ReadModelStore,
  projections: readonly EntityProjection[],
  pageSize = 1000,
): Promise<ConsistencyReport> {
  const {
    docs: expected,
    commits,
    events,
  } = await replayInMemory(store, projections, () => true, pageSize);
  const differences: Difference[] = [];
  let documents = 0;
  for (const [collection, docs] of expected) {
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: { items: EntityDocument[]; next: string | null } =
        await views.find<EntityDocument>(collection, { limit: pageSize, after: cursor });
      for (const actual of page.items) {
        documents++;
        seen.add(actual._id);
        const wanted = docs.get(actual._id);
        if (!wanted)
          differences.push({ collection, id: actual._id, problem: 'unexpected', actual });
        else if (!isDeepStrictEqual(strip(wanted), strip(actual)))
          differences.push({
            collection,
            id: actual._id,
            problem: 'different',
            expected: strip(wanted),
            actual: strip(actual),
          });
      }
      cursor = page.next;
    } while (cursor);
    for (const [id, wanted] of docs)
      if (!seen.has(id))
        differences.push({ collection, id, problem: 'missing', expected: strip(wanted) });
  }
  return { commits, events, documents, differences };
}

function strip(doc: EntityDocument): Record<string, unknown> {
  const { _version: _v, ...rest } = doc;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
