import type { CriterionItem } from './star-rating-round.state';

export interface DraftStarRatingRound {
  readonly type: 'DraftStarRatingRound';
  readonly roundId: string;
  /** The year assessed, e.g. 2025 for 2025年度. */
  readonly year: number;
  readonly title: string;
  readonly criteria: readonly CriterionItem[];
  /** The least total for 1 to 8 stars. */
  readonly thresholds: readonly number[];
}

/** Replaces what it names; only while the round is a draft. */
export interface AmendStarRatingRound {
  readonly type: 'AmendStarRatingRound';
  readonly roundId: string;
  readonly year?: number;
  readonly title?: string;
  readonly criteria?: readonly CriterionItem[];
  readonly thresholds?: readonly number[];
}

export interface OpenStarRatingRound {
  readonly type: 'OpenStarRatingRound';
  readonly roundId: string;
}

export interface StartStarRatingReview {
  readonly type: 'StartStarRatingReview';
  readonly roundId: string;
}

export interface PublishStarRatingRound {
  readonly type: 'PublishStarRatingRound';
  readonly roundId: string;
  /** YYYY-MM-DD, the day the decisions become the societies' current stars. */
  readonly publishedOn: string;
  /** The societies with a decision in this round, looked up by the handler. */
  readonly societyIds: readonly string[];
}

export interface CloseStarRatingRound {
  readonly type: 'CloseStarRatingRound';
  readonly roundId: string;
}

export type StarRatingRoundCommand =
  | DraftStarRatingRound
  | AmendStarRatingRound
  | OpenStarRatingRound
  | StartStarRatingReview
  | PublishStarRatingRound
  | CloseStarRatingRound;
