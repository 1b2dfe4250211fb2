import type { EventStore } from '@pb/event-store';
import type { GenerationalReadModelStore } from './generations';
import type { EntityProjection } from './projection';
import { Projector } from './projector';
import { MEMBER_STATUS, SOCIETY_STATUS } from './status/status.documents';
import { StatusViews } from './status/status.views';
import { REBUILD_RETRY, whileUnavailable } from './store-retry';

export interface RebuildProgress {
  readonly phase: 'replay' | 'status' | 'catch-up';
  readonly done: number;
  /** Known for the status phase only. */
  readonly total: number | null;
}

export interface RebuildReport {
  readonly commits: number;
  readonly events: number;
  readonly documents: Record<string, number>;
}

/**
 * Rebuilds every read model from the event store into staging collections while reads
 * go on from the live ones, then moves each over its live collection under the same
 * name (docs/read-models.md). A second pass after the move applies what was committed
 * during the first (the position guards skip what is already there), so nothing
 * committed before the move is missed; what comes after is the live projector's.
 */
export async function rebuildReadModels(
  store: EventStore,
  views: GenerationalReadModelStore,
  projections: readonly EntityProjection[],
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildReport> {
  await views.opened();
  const target = views.staging();
  const projector = new Projector(target, store, projections);
  const collections = [
    ...new Set([...projector.collections, SOCIETY_STATUS.name, MEMBER_STATUS.name]),
  ];
  for (const collection of collections) await target.drop(collection);
  // The replay reads documents by `_id` only: the field indexes come after it.
  await projector.init({ indexes: false });
  const staged = new StatusViews(target);
  await staged.init();

  let resumeAt: string | null = null;
  const replay = async (
    into: Projector,
    status: StatusViews | null,
    phase: RebuildProgress['phase'],
  ) => {
    // In commit order the catch-up needs only what came after the first pass.
    let after: string | null = phase === 'catch-up' && store.readsInCommitOrder ? resumeAt : null;
    let commits = 0;
    let events = 0;
    for (;;) {
      const from = after;
      const page = await whileUnavailable(() => store.readAll(from, 1000), REBUILD_RETRY);
      if (page.commits.length === 0) return { commits, events };
      after = page.next;
      resumeAt = after;
      const batch = page.commits.flatMap((commit) => commit.events);
      // A batch applied again skips what its positions say is done.
      const applied = await whileUnavailable(() => into.handle(batch), REBUILD_RETRY);
      // What the catch-up applies changes only the status views its events touch.
      if (status && applied.length > 0)
        await whileUnavailable(() => status.recompute(applied), REBUILD_RETRY);
      commits += page.commits.length;
      events += batch.length;
      onProgress({ phase, done: commits, total: null });
    }
  };

  const first = await replay(projector, null, 'replay');
  await projector.init();
  await staged.recomputeAll((done, total) => onProgress({ phase: 'status', done, total }));
  await views.promote(collections);
  const live = new Projector(views, store, projections);
  await live.init();
  const status = new StatusViews(views);
  await status.init();
  await replay(live, status, 'catch-up');
  // Counting is a read of every document on FerretDB: there a million audit events
  // would take minutes, so only the events are reported.
  const documents: Record<string, number> = {};
  if (views.countsCheaply)
    for (const collection of collections) documents[collection] = await views.count(collection);
  return { commits: first.commits, events: first.events, documents };
}
