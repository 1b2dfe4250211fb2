import type { DomainEvent } from '../shared/decider';
import type { ScoredItem, SelfAssessedItem } from './star-rating.state';

interface Rating {
  ratingId: string;
  roundId: string;
  societyId: string;
}

export type SelfAssessmentSubmitted = DomainEvent<
  'SelfAssessmentSubmitted',
  Rating & { authorId: string; items: SelfAssessedItem[]; total: number }
>;
export type StarRatingReviewSubmitted = DomainEvent<
  'StarRatingReviewSubmitted',
  Rating & { reviewerId: string; items: ScoredItem[]; total: number; comment: string | null }
>;
/** Records what the thresholds gave beside what was decided, so a difference shows with its reason. */
export type StarsDecided = DomainEvent<
  'StarsDecided',
  Rating & {
    stars: number;
    defaultStars: number | null;
    reviewedTotal: number | null;
    reason: string | null;
  }
>;
export type StarsWithdrawn = DomainEvent<
  'StarsWithdrawn',
  Rating & { previousStars: number; reason: string; effectiveOn: string }
>;
export type StarsAdjusted = DomainEvent<
  'StarsAdjusted',
  Rating & { stars: number; previousStars: number; reason: string; effectiveOn: string }
>;

export type StarRatingEvent =
  | SelfAssessmentSubmitted
  | StarRatingReviewSubmitted
  | StarsDecided
  | StarsWithdrawn
  | StarsAdjusted;

export const STAR_RATING_EVENT_TYPES = [
  'SelfAssessmentSubmitted',
  'StarRatingReviewSubmitted',
  'StarsDecided',
  'StarsWithdrawn',
  'StarsAdjusted',
] as const satisfies readonly StarRatingEvent['type'][];
