import { societyProjection, type ReadModelStore, type SocietyView } from '@pb/projections';
import { everyView } from './report-replay';
import { ReportInputIncomplete } from './report-input-incomplete';

/** What a report reads of a society it lists: the live report asks the store for these only. */
export const SOCIETY_NAME_FIELDS = ['societyId', 'name', 'status'] as const;
export type NamedSociety = Pick<SocietyView, (typeof SOCIETY_NAME_FIELDS)[number]>;

/** Every society's name and status, live. */
export function liveSocietyNames(views: ReadModelStore): Promise<NamedSociety[]> {
  return everyView<NamedSociety>(views, societyProjection.spec.name, {}, SOCIETY_NAME_FIELDS);
}

/**
 * The societies by id, refusing a report whose records name one the views lack: a row
 * without its name would be no use upstairs, and one left out would silently vanish.
 */
export function requireSocieties(
  named: readonly string[],
  societies: readonly NamedSociety[],
  namedBy: string,
): ReadonlyMap<string, NamedSociety> {
  const byId = new Map(societies.map((society) => [society.societyId, society]));
  const missing = [...new Set(named.filter((societyId) => !byId.has(societyId)))];
  if (missing.length > 0) throw new ReportInputIncomplete(missing, [], namedBy);
  return byId;
}
