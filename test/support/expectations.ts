import type { EventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import { checkConsistency, type ReadModelStore, type SocietyView } from '@pb/projections';
import { until } from './http';
import type { Acknowledged } from './society-load';

/**
 * Nothing lost: every acknowledged command is in the event store and in the views.
 * Nothing duplicated: each stream holds each acknowledged command once, and the views
 * equal a fresh replay of the event store.
 */
export async function expectNothingLostNorDuplicated(
  store: EventStore,
  views: ReadModelStore,
  ack: Acknowledged,
) {
  for (const [id, sent] of ack.societies) {
    const commits = await store.readStream(`society-${id}`);
    const names = commits
      .flatMap((c) => c.events)
      .filter((e) => e.type === 'SocietyRenamed')
      .map((e) => (e.data as { name: string }).name);
    expect(commits[0]?.events[0]?.type).toBe('SocietyRegistered');
    expect(names.slice(0, sent.renames.length)).toEqual(sent.renames);
    expect(new Set(names).size).toBe(names.length);
    const view = await views.get<SocietyView>('societies', id);
    expect(view).not.toBeNull();
    expect(view!.version).toBe(commits.length);
    expect(view!.formerNames).toHaveLength(names.length);
  }
  const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
  expect(report.differences).toEqual([]);
  return report;
}

/**
 * Waits until the projector has applied every event in the store (one audit entry per
 * event is a cheap measure of that), then until the views agree with a replay. Polls
 * gently: a full consistency check reads everything and would slow the projector down.
 */
export async function waitForViewsToCatchUp(
  store: EventStore,
  views: ReadModelStore,
  timeoutMs = 240000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let events = 0;
  for (let after: string | null = null; ;) {
    const page = await store.readAll(after, 1000);
    if (page.commits.length === 0) break;
    events += page.commits.reduce((n, c) => n + c.events.length, 0);
    after = page.next;
  }
  while ((await views.count('audit_events')) < events) {
    if (Date.now() > deadline)
      throw new Error(`the projector did not apply ${events} events in time`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  for (;;) {
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    if (report.differences.length === 0) return;
    if (Date.now() > deadline) expect(report.differences).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/** Distributed mode settled: the relay has published every commit and the views caught up. */
export async function waitForClusterToSettle(
  store: EventStore,
  views: ReadModelStore,
): Promise<void> {
  await until(
    () => store.countUndispatched(),
    (n) => n === 0,
    60000,
    'the relay to drain the outbox',
  );
  await waitForViewsToCatchUp(store, views);
}
