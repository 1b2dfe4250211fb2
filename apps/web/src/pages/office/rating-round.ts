/** What the office's star-rating pages read and write: a round, its societies' ratings, stars. */
import { post } from '../../api';
import { ratingPath, type Criterion, type Round } from '../society/star-rating';
import { numberOf } from '../society/yearly';
import type { CommandAnswer } from './campaign-types';

export { STATUSES as ROUND_STATES, ratingPath } from '../society/star-rating';
export type { Criterion };

/** A round as GET /star-rating-rounds/{id} answers it. */
export interface RoundDetail extends Round {
  readonly criteria: readonly Criterion[];
  readonly thresholds: readonly number[];
  readonly version: number;
  readonly openedAt: string | null;
  readonly reviewStartedAt: string | null;
  readonly publishedAt: string | null;
  readonly closedAt: string | null;
  readonly progress: {
    readonly societies: number;
    readonly selfAssessed: number;
    readonly reviewed: number;
    readonly decided: number;
  };
}

/** One society's rating in a round, as GET /star-rating-rounds/{id}/societies lists it. */
export interface RatingRow {
  readonly id: string;
  readonly societyId: string;
  readonly selfTotal: number | null;
  readonly reviewCount: number;
  readonly reviewedTotal: number | null;
  readonly decidedStars: number | null;
  readonly defaultStars: number | null;
  readonly starsAfterChanges: number | null;
  readonly changes: number;
  readonly version: number;
}

export const roundPath = (id: string) => `/star-rating-rounds/${id}`;

/** A write of one society's rating (`decision`, `adjustment`, `withdrawal`), at the version read. */
export const writeRating = (
  roundId: string,
  row: RatingRow,
  verb: string,
  body: object,
  key: string,
) =>
  post<CommandAnswer>(`${ratingPath(roundId, row.societyId)}/${verb}`, body, {
    version: row.version,
    idempotencyKey: key,
  });

/** 0 to 8 stars, as the select of a decision or an adjustment offers them. */
export const STAR_CHOICES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 9 }, (_, stars) => [
    String(stars),
    stars === 0 ? '0 星（不评星）' : `${stars} 星`,
  ]),
);

export const STAR_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八'] as const;

/** The stars a total earns by the thresholds: the highest star whose least total it reaches. */
export function starsByThresholds(thresholds: readonly number[], total: number): number {
  return thresholds.filter((least) => total >= least).length;
}

/** What the thresholds give a society: 0 unreviewed-and-unassessed is not a case the list has. */
export function proposedStars(row: RatingRow, thresholds: readonly number[]): number | null {
  return row.reviewedTotal === null ? null : starsByThresholds(thresholds, row.reviewedTotal);
}

export function starsText(stars: number | null | undefined): string {
  return stars === null || stars === undefined ? '—' : `${stars} 星`;
}

/** Half points of a mean show as one decimal, whole ones as they are. */
export function points(total: number | null): string {
  return total === null ? '—' : String(Math.round(total * 10) / 10);
}

/** A criterion row as the form holds it: numbers as typed until they are sent. */
export interface CriterionRow {
  code: string;
  category: string;
  description: string;
  maxPoints: string | number;
}

export interface Definition {
  year: string | number;
  title: string;
  criteria: CriterionRow[];
  thresholds: (string | number)[];
}

export const emptyCriterion = (): CriterionRow => ({
  code: '',
  category: '',
  description: '',
  maxPoints: '',
});

export function definitionOf(round: RoundDetail | null): Definition {
  if (!round)
    return {
      year: new Date().getFullYear(),
      title: '',
      criteria: [emptyCriterion()],
      thresholds: Array.from({ length: STAR_NAMES.length }, () => ''),
    };
  return {
    year: round.year,
    title: round.title,
    criteria: round.criteria.map((criterion) => ({ ...criterion })),
    thresholds: [...round.thresholds],
  };
}

/** The body of a draft or an amendment: what is typed, numbers as numbers, so the API names errors. */
export function bodyOf(definition: Definition) {
  return {
    year: numberOf(definition.year),
    title: definition.title.trim(),
    criteria: definition.criteria.map((row) => ({
      code: row.code.trim(),
      category: row.category.trim(),
      description: row.description.trim(),
      maxPoints: numberOf(row.maxPoints),
    })),
    thresholds: definition.thresholds.map(numberOf),
  };
}

const CRITERION_FIELDS = ['code', 'category', 'description', 'maxPoints'] as const;

/** Every field of the definition the form shows, as the API names them: `criteria[2].maxPoints`. */
export function definitionFields(rows: number): string[] {
  const byRow = Array.from({ length: rows }, (_, i) =>
    CRITERION_FIELDS.map((name) => `criteria[${i}].${name}`),
  );
  const thresholds = STAR_NAMES.map((_, i) => `thresholds[${i}]`);
  return ['year', 'title', 'criteria', 'thresholds', ...byRow.flat(), ...thresholds];
}

/** The error of one field of a list's row, whichever way the API names it. */
export function rowError(
  errors: Record<string, string>,
  list: string,
  index: number,
  name = '',
): string | undefined {
  const suffix = name ? `.${name}` : '';
  return errors[`${list}[${index}]${suffix}`];
}
