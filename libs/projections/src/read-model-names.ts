/** Where the projector stands in each source stream: bookkeeping, not a view. */
export const STREAM_POSITIONS = 'stream_positions';

/**
 * The audit trail's `_id`-range index of earlier versions (docs/adr/0006-audit-filters-as-id-ranges.md),
 * dropped on start since the store's own indexes serve its filters (docs/adr/0010-secondary-indexes.md).
 */
export const AUDIT_INDEX = 'audit_index';

/** What earlier versions kept about the read models (the generation pointer). */
export const READ_MODEL_META = 'read_model_meta';

/** A rebuild writes `<prefix><name>` aside, then moves it over `<name>`. */
export const STAGING_PREFIX = 'rebuild_';

const INTERNAL = new Set([STREAM_POSITIONS, AUDIT_INDEX, READ_MODEL_META]);

/** The suffix earlier versions gave the collections of a rebuild's generation. */
export const GENERATION_SUFFIX = /_g(\d+)$/;

/**
 * Whether a read-model collection is the read side's bookkeeping rather than a view other
 * systems may read: the projector's positions, the audit index, a rebuild's staging, and
 * those under an earlier version's generation names. Adapters store the two apart
 * (docs/read-models.md).
 */
export function isInternalCollection(name: string): boolean {
  return name.startsWith(STAGING_PREFIX) || INTERNAL.has(name.replace(GENERATION_SUFFIX, ''));
}

/** One collection moved over another: `to` then holds what `from` held, and `from` is gone. */
export interface CollectionMove {
  readonly from: string;
  readonly to: string;
}
