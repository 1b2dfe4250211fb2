import type { EventStore } from '@pb/event-store';
import type { GenerationalReadModelStore } from './generations';
import type { EntityProjection } from './projection';
import { Projector } from './projector';
import { MEMBER_STATUS, SOCIETY_STATUS } from './status/status.documents';
import { StatusViews } from './status/status.views';

export interface RebuildProgress {
  readonly phase: 'replay' | 'status' | 'catch-up';
  readonly done: number;
  /** Known for the status phase only. */
  readonly total: number | null;
}

export interface RebuildReport {
  readonly from: number;
  readonly to: number;
  readonly commits: number;
  readonly events: number;
  readonly documents: Record<string, number>;
}

/**
 * Rebuilds every read model from the event store into the next generation of
 * collections while reads go on from the current one, then switches all processes to
 * it. A second pass after the switch applies what was committed during the first
 * (the position guard skips what is already there), so nothing committed before the
 * switch is missed; what comes after is the live projector's.
 */
export async function rebuildReadModels(
  store: EventStore,
  views: GenerationalReadModelStore,
  projections: readonly EntityProjection[],
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildReport> {
  const from = await views.generation();
  const to = from + 1;
  const target = views.pinned(to);
  const projector = new Projector(target, store, projections);
  const collections = [
    ...new Set([...projector.collections, SOCIETY_STATUS.name, MEMBER_STATUS.name]),
  ];
  for (const collection of collections) await target.drop(collection);
  // The replay reads documents by `_id` only: the field indexes come after it.
  await projector.init({ indexes: false });
  const status = new StatusViews(target);
  await status.init();

  let resumeAt: string | null = null;
  const replay = async (phase: 'replay' | 'catch-up') => {
    // In commit order the catch-up needs only what came after the first pass.
    let after: string | null = phase === 'catch-up' && store.readsInCommitOrder ? resumeAt : null;
    let commits = 0;
    let events = 0;
    for (;;) {
      const page = await store.readAll(after, 1000);
      if (page.commits.length === 0) return { commits, events };
      after = page.next;
      resumeAt = after;
      const batch = page.commits.flatMap((commit) => commit.events);
      const applied = await projector.handle(batch);
      // What the catch-up applies changes only the status views its events touch.
      if (phase === 'catch-up' && applied.length > 0) await status.recompute(applied);
      commits += page.commits.length;
      events += batch.length;
      onProgress({ phase, done: commits, total: null });
    }
  };

  const first = await replay('replay');
  await projector.init();
  await status.recomputeAll((done, total) => onProgress({ phase: 'status', done, total }));
  if (!(await views.switchGeneration(from, to)))
    throw new Error(
      `another rebuild switched the read models first (generation ${from} is no longer current)`,
    );
  await replay('catch-up');
  // Counting is a scan where the store serves no index but `_id` (FerretDB): there a
  // million audit entries would take minutes, so only the events are reported.
  const documents: Record<string, number> = {};
  if (views.servesFieldIndexes)
    for (const collection of collections) documents[collection] = await target.count(collection);
  // Other processes look the generation up at most once a second: let them move first.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const old = views.pinned(from);
  for (const collection of collections) await old.drop(collection);
  return { from, to, commits: first.commits, events: first.events, documents };
}
