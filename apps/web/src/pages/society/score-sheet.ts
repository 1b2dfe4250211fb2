/** A score sheet as the star rating forms fill it: a number typed for every criterion of the round. */
import type { Criterion } from './star-rating';
import { numberOf } from './yearly';

/** The sum of the numbers typed so far (Vue gives '' for an empty number input). */
export function sheetTotal(points: readonly (string | number)[]): number {
  return points.reduce<number>((sum, typed) => {
    const value = numberOf(typed);
    return sum + (typeof value === 'number' ? value : 0);
  }, 0);
}

/** The sheet the API takes: each criterion's code with what was typed for it, in the round's order. */
export function sheetItems(criteria: readonly Criterion[], points: readonly (string | number)[]) {
  return criteria.map((criterion, index) => ({
    code: criterion.code,
    points: numberOf(points[index] ?? ''),
  }));
}

/** Whether the criterion at `index` opens its category, whose heading then goes before it. */
export const startsCategory = (criteria: readonly Criterion[], index: number) =>
  index === 0 || criteria[index - 1]!.category !== criteria[index]!.category;
