import type { StarRatingRoundStatus } from '@pb/domain';
import type { RatingRoundView, StarRatingView } from '@pb/projections';
import type { NamedSociety } from '../reports/report-societies';

/** The read models a round's report is computed from; the caller loads them. */
export interface RoundReportInput {
  readonly round: RatingRoundView;
  /** Every rating of the round (others are ignored). */
  readonly ratings: readonly StarRatingView[];
  /** At least every society a rating names. */
  readonly societies: readonly NamedSociety[];
}

/** A total and its split by category, reviewed ones (a mean) rounded to 2 decimals. */
export interface Totals {
  readonly total: number;
  readonly byCategory: Readonly<Record<string, number>>;
}

export interface RoundReport {
  readonly round: {
    readonly id: string;
    readonly year: number;
    readonly title: string;
    readonly status: StarRatingRoundStatus;
    readonly publishedOn: string | null;
    readonly maximumTotal: number;
    /** The least total for 1 to 8 stars. */
    readonly thresholds: readonly number[];
  };
  /** ISO 8601. */
  readonly asOf: string;
  /** The as-of moment's date in the federation's time zone: current stars are read on it. */
  readonly asOfDate: string;
  readonly progress: RoundProgress;
  /** 0 to 8 stars, one entry each. */
  readonly distribution: readonly StarCount[];
  /** In the order of the criteria, then the total. */
  readonly categories: readonly CategoryAverage[];
  /** In zh-CN order of the societies' names. */
  readonly societies: readonly RatingRow[];
  /** Where self and review differ most: the 10 largest differences, biggest first. */
  readonly differences: readonly DifferenceRow[];
}

/** Every count is of societies with a rating in the round. */
export interface RoundProgress {
  readonly societies: number;
  readonly selfAssessed: number;
  /** At least one review. */
  readonly reviewed: number;
  readonly decided: number;
  /** Decided and made current by the round's publication. */
  readonly published: number;
}

export interface StarCount {
  readonly stars: number;
  /** Societies the round decided this many stars. */
  readonly decided: number;
  /** Societies holding this many stars from the round on the report's date, after changes. */
  readonly current: number;
}

export interface CategoryAverage {
  /** A category of the criteria, or 总分 for the total. */
  readonly category: string;
  readonly maxPoints: number;
  /** The mean over the self-assessed societies, 2 decimals; null when none. */
  readonly self: number | null;
  /** The mean over the reviewed societies of their reviewed points, 2 decimals; null when none. */
  readonly reviewed: number | null;
}

export interface RatingRow {
  readonly societyId: string;
  readonly name: string;
  readonly deregistered: boolean;
  readonly self: Totals | null;
  readonly reviewCount: number;
  /** The mean of the reviewers' points. */
  readonly reviewed: Totals | null;
  /** The reviewed points the decision was taken on. */
  readonly decided: Totals | null;
  /** What the thresholds gave the reviewed total (0 without a self-assessment). */
  readonly defaultStars: number | null;
  readonly decidedStars: number | null;
  /** The decision's reason, given only where it differs from the thresholds. */
  readonly reason: string | null;
  readonly published: boolean;
  /** The stars from this round on the report's date, after withdrawals and adjustments. */
  readonly currentStars: number | null;
}

export interface DifferenceRow {
  readonly societyId: string;
  readonly name: string;
  readonly selfTotal: number;
  readonly reviewedTotal: number;
  /** Self minus reviewed: positive when the society rated itself higher. */
  readonly difference: number;
}

/** The name of the total among the categories. */
export const TOTAL = '总分';
/** How many of the largest differences the report lists. */
export const DIFFERENCES_LISTED = 10;
