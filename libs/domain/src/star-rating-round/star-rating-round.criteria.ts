import { InvalidInput } from '../shared/errors';
import { requireText } from '../shared/text';
import { requireWholeNumber } from '../shared/values';
import {
  CriterionCodeRepeated,
  ThresholdAboveMaximum,
  ThresholdsNotEight,
  ThresholdsNotIncreasing,
} from './star-rating-round.errors';
import type { CriterionItem } from './star-rating-round.state';

/** The national scheme's highest rating: 8 stars, 优秀学会党组织. */
export const MAX_STARS = 8;
export const CRITERIA_MAX = 200;
const CODE_MAX = 20;
const CATEGORY_MAX = 50;
const DESCRIPTION_MAX = 1000;
const ITEM_POINTS_MAX = 1000;

export function maximumTotal(criteria: readonly CriterionItem[]): number {
  return criteria.reduce((sum, item) => sum + item.maxPoints, 0);
}

export function requireCriteria(items: readonly CriterionItem[]): CriterionItem[] {
  if (!Array.isArray(items) || items.length === 0 || items.length > CRITERIA_MAX)
    throw new InvalidInput(
      'criteria',
      'LIST.LENGTH_OUT_OF_RANGE',
      `criteria must list from 1 to ${CRITERIA_MAX} items`,
    );
  const codes = new Set<string>();
  return items.map((item, index) => {
    const field = `criteria[${index}]`;
    const code = requireText(`${field}.code`, item.code, CODE_MAX);
    if (codes.has(code)) throw new CriterionCodeRepeated(`${field}.code`, code);
    codes.add(code);
    return {
      code,
      category: requireText(`${field}.category`, item.category, CATEGORY_MAX),
      description: requireText(`${field}.description`, item.description, DESCRIPTION_MAX),
      maxPoints: requireWholeNumber(`${field}.maxPoints`, item.maxPoints, 1, ITEM_POINTS_MAX),
    };
  });
}

/** The least total for 1 to 8 stars: whole, strictly increasing, each reachable. */
export function requireThresholds(
  thresholds: readonly number[],
  criteria: readonly CriterionItem[],
): number[] {
  if (!Array.isArray(thresholds) || thresholds.length !== MAX_STARS) throw new ThresholdsNotEight();
  const maximum = maximumTotal(criteria);
  return thresholds.map((least, index) => {
    const field = `thresholds[${index}]`;
    requireWholeNumber(field, least, 0, Number.MAX_SAFE_INTEGER);
    if (least > maximum) throw new ThresholdAboveMaximum(field, maximum);
    if (index > 0 && least <= (thresholds[index - 1] as number))
      throw new ThresholdsNotIncreasing(field);
    return least;
  });
}

/** The stars a total earns: the highest star whose least total it reaches, 0 when none. */
export function starsForTotal(thresholds: readonly number[], total: number): number {
  return thresholds.filter((least) => total >= least).length;
}
