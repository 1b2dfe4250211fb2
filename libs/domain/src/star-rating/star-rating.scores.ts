import { requireWholeNumber } from '../shared/values';
import type { CriterionItem } from '../star-rating-round/star-rating-round.state';
import {
  CriterionNotInRound,
  CriterionNotScored,
  CriterionScoredTwice,
} from './star-rating.errors';
import type { CategoryTotals, ScoredItem } from './star-rating.state';

/** A score sheet checked against the round's criteria, in the criteria's order. */
export interface CheckedScore<T> {
  readonly given: T;
  /** Where it stood in the command, to name the field of a later error. */
  readonly field: string;
  readonly item: ScoredItem;
}

/** Every criterion scored once, with whole points from 0 to the item's maximum. */
export function requireScores<T extends { readonly code: string; readonly points: number }>(
  given: readonly T[],
  criteria: readonly CriterionItem[],
): CheckedScore<T>[] {
  const byCode = new Map<string, CheckedScore<T>>();
  (Array.isArray(given) ? given : []).forEach((entry, index) => {
    const field = `items[${index}]`;
    const criterion = criteria.find((candidate) => candidate.code === entry.code);
    if (criterion === undefined) throw new CriterionNotInRound(`${field}.code`, entry.code);
    if (byCode.has(criterion.code)) throw new CriterionScoredTwice(`${field}.code`, entry.code);
    const points = requireWholeNumber(`${field}.points`, entry.points, 0, criterion.maxPoints);
    byCode.set(criterion.code, {
      given: entry,
      field,
      item: { code: criterion.code, category: criterion.category, points },
    });
  });
  const missing = criteria.filter((criterion) => !byCode.has(criterion.code));
  if (missing.length > 0) throw new CriterionNotScored(missing.map((criterion) => criterion.code));
  return criteria.flatMap((criterion) => byCode.get(criterion.code) ?? []);
}

export function totalOf(items: readonly ScoredItem[]): number {
  return items.reduce((sum, item) => sum + item.points, 0);
}

export function categoryTotals(items: readonly ScoredItem[]): CategoryTotals {
  const byCategory: Record<string, number> = {};
  for (const item of items)
    byCategory[item.category] = (byCategory[item.category] ?? 0) + item.points;
  return { total: totalOf(items), byCategory };
}

/** The reviewers' mean, total and category by category; null without a review. */
export function meanTotals(sheets: readonly (readonly ScoredItem[])[]): CategoryTotals | null {
  if (sheets.length === 0) return null;
  const sums = categoryTotals(sheets.flat());
  const byCategory: Record<string, number> = {};
  for (const [category, points] of Object.entries(sums.byCategory))
    byCategory[category] = points / sheets.length;
  return { total: sums.total / sheets.length, byCategory };
}
