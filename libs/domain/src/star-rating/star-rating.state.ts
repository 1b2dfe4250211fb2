import type { Evidence } from '../shared/evidence';
/** Points given to one criterion item; the category is copied from the round so reports need no join. */
export interface ScoredItem {
  readonly code: string;
  readonly category: string;
  readonly points: number;
}

export interface SelfAssessedItem extends ScoredItem {
  readonly note: string | null;
  /** Files kept by the system (references before version 2). */
  readonly evidence: readonly Evidence[];
}

export interface SelfAssessment {
  readonly authorId: string;
  readonly items: readonly SelfAssessedItem[];
  readonly total: number;
}

export interface StarRatingReview {
  readonly reviewerId: string;
  readonly items: readonly ScoredItem[];
  readonly total: number;
  readonly comment: string | null;
}

/** A total and its split by criterion category (组织建设, 思想政治引领 …). */
export interface CategoryTotals {
  readonly total: number;
  readonly byCategory: Readonly<Record<string, number>>;
}

export interface StarsDecision {
  readonly stars: number;
  /** What the thresholds gave; null when the society was self-assessed but not reviewed. */
  readonly defaultStars: number | null;
  readonly reviewedTotal: number | null;
  readonly reason: string | null;
}

/** A withdrawal (摘星) or an adjustment after publication (动态管理). */
export interface StarChange {
  readonly kind: 'withdrawn' | 'adjusted';
  readonly stars: number;
  readonly previousStars: number;
  readonly reason: string;
  readonly effectiveOn: string;
}

export type StarRatingState =
  | { readonly status: 'none' }
  | {
      readonly status: 'started';
      readonly roundId: string;
      readonly societyId: string;
      /** The last submission: it is the one that counts. */
      readonly selfAssessment: SelfAssessment | null;
      /** Everyone who wrote any submission: none of them may review this society. */
      readonly assessmentAuthorIds: readonly string[];
      /** One per reviewer, a later review by the same reviewer in place of the earlier one. */
      readonly reviews: readonly StarRatingReview[];
      readonly decision: StarsDecision | null;
      /** In order of effect: each change takes effect on or after the one before. */
      readonly changes: readonly StarChange[];
      readonly totals: {
        readonly self: CategoryTotals | null;
        /** The mean of the reviewers' totals, category by category. */
        readonly reviewed: CategoryTotals | null;
        /** The reviewed totals the decision was taken on. */
        readonly decided: CategoryTotals | null;
      };
      /**
       * The decided stars after every withdrawal and adjustment; they are the society's current
       * stars once the round is published (`starsOn` reads them on a given day).
       */
      readonly currentStars: number | null;
    };

/** What a society's stars in a round follow from: the decision and the later changes. */
export interface StarsRecord {
  readonly decision: Pick<StarsDecision, 'stars'> | null;
  readonly changes: readonly Pick<StarChange, 'stars' | 'effectiveOn'>[];
}

/**
 * A society's stars from this round on a day (YYYY-MM-DD): the decision once published,
 * as changed by the withdrawals and adjustments in effect by then; null before publication.
 */
export function starsOn(
  state: StarsRecord | { readonly status: 'none' },
  round: { readonly publishedOn: string | null },
  day: string,
): number | null {
  if (!('decision' in state) || state.decision === null) return null;
  if (round.publishedOn === null || round.publishedOn > day) return null;
  const inEffect = state.changes.filter((change) => change.effectiveOn <= day);
  return inEffect.at(-1)?.stars ?? state.decision.stars;
}
