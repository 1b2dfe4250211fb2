import type { ReadModelStore, ViewDocument } from '@pb/projections';

const COLLECTIONS = [
  'societies',
  'members',
  'campaigns',
  'assignments',
  'lectures',
  'service_tasks',
  'inspection_batches',
  'inspection_cases',
  'organisational_life',
  'life_requirements',
  'vitality_weights',
  'audit_events',
  'society_status',
  'member_status',
];

/** Every document of every read model, without the write versions, for before/after comparisons. */
export async function snapshotViews(
  views: ReadModelStore,
): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const collection of COLLECTIONS) {
    out[collection] = {};
    let after: string | null = null;
    do {
      const page: { items: ViewDocument[]; next: string | null } = await views.find(collection, {
        limit: 1000,
        after,
      });
      for (const { _version: _v, ...doc } of page.items) out[collection]![doc._id] = doc;
      after = page.next;
    } while (after);
  }
  return out;
}
