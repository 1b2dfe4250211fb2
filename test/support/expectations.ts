import type { EventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS } from '@pb/platform';
import { checkConsistency, type ReadModelStore, type SocietyView } from '@pb/projections';
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
