import type { Evidence } from '../shared/evidence';
import type {
  CriterionItem,
  StarRatingRoundStatus,
} from '../star-rating-round/star-rating-round.state';

/** What the handler read from the round's stream: the rules a society's rating follows. */
export interface StarRatingRoundFacts {
  readonly status: StarRatingRoundStatus;
  readonly criteria: readonly CriterionItem[];
  readonly thresholds: readonly number[];
  readonly publishedOn: string | null;
}

/** Every command names its stream (one per society and round) and brings the round's facts. */
interface RatingCommand {
  readonly ratingId: string;
  readonly roundId: string;
  readonly societyId: string;
  readonly round: StarRatingRoundFacts;
}

export interface SelfAssessmentEntry {
  readonly code: string;
  readonly points: number;
  readonly note?: string;
  readonly evidence?: readonly Evidence[];
}

/** 自评: may be submitted again while the round is open; the last one counts. */
export interface SubmitSelfAssessment extends RatingCommand {
  readonly type: 'SubmitSelfAssessment';
  readonly authorId: string;
  readonly items: readonly SelfAssessmentEntry[];
}

/** 初评: every item scored. A second review by the same reviewer replaces the first. */
export interface SubmitStarRatingReview extends RatingCommand {
  readonly type: 'SubmitStarRatingReview';
  readonly reviewerId: string;
  readonly items: readonly { readonly code: string; readonly points: number }[];
  readonly comment?: string;
  /** Whether the reviewer is the society's liaison in a launched campaign, looked up by the handler. */
  readonly reviewerIsLiaison: boolean;
}

/** 审议: without `stars`, the stars the thresholds give. */
export interface DecideStars extends RatingCommand {
  readonly type: 'DecideStars';
  readonly stars?: number;
  readonly reason?: string;
}

/** 摘星: the stars go to 0 from a date on. */
export interface WithdrawStars extends RatingCommand {
  readonly type: 'WithdrawStars';
  readonly reason: string;
  readonly effectiveOn: string;
}

export interface AdjustStars extends RatingCommand {
  readonly type: 'AdjustStars';
  readonly stars: number;
  readonly reason: string;
  readonly effectiveOn: string;
}

export type StarRatingCommand =
  SubmitSelfAssessment | SubmitStarRatingReview | DecideStars | WithdrawStars | AdjustStars;
