import { compareChinese, compareCodeUnits } from '@pb/common';
import {
  vitalityOf,
  type Vitality,
  type VitalityOptions,
  type VitalitySocietyInput,
} from './vitality.rules';
import type { NamedSociety } from './yearly-life.inputs';

export type Ranked<T> = T & { readonly rank: number };

/**
 * Highest score first. Equal scores share a rank and the ranks after them skip as many
 * places (1, 1, 3); ties are listed by name in zh-CN order, then by id.
 */
export function rankByScore<T extends NamedSociety & { readonly score: number }>(
  items: readonly T[],
): Ranked<T>[] {
  const ordered = [...items].sort(
    (a, b) =>
      b.score - a.score ||
      compareChinese(a.name, b.name) ||
      compareCodeUnits(a.societyId, b.societyId),
  );
  let rank = 0;
  return ordered.map((item, index) => {
    if (index === 0 || item.score !== ordered[index - 1].score) rank = index + 1;
    return { ...item, rank };
  });
}

/**
 * 组织活力排名: the registered societies by their vitality in the period measured up to
 * `asOf`. As of a past day, pass what was recorded by then and that day as `asOf`.
 */
export function vitalityRanking(
  societies: readonly VitalitySocietyInput[],
  options: VitalityOptions,
): Ranked<Vitality>[] {
  return rankByScore(
    societies.filter((society) => society.registered).map((s) => vitalityOf(s, options)),
  );
}
