import type { DomainEvent } from '../shared/decider';
import type { CriterionItem } from './star-rating-round.state';

interface RoundDefinition {
  roundId: string;
  year: number;
  title: string;
  criteria: CriterionItem[];
  thresholds: number[];
}

export type StarRatingRoundDrafted = DomainEvent<'StarRatingRoundDrafted', RoundDefinition>;
/** Carries the whole definition after the change. */
export type StarRatingRoundAmended = DomainEvent<'StarRatingRoundAmended', RoundDefinition>;
export type StarRatingRoundOpened = DomainEvent<'StarRatingRoundOpened', { roundId: string }>;
export type StarRatingReviewStarted = DomainEvent<'StarRatingReviewStarted', { roundId: string }>;
export type StarRatingRoundPublished = DomainEvent<
  'StarRatingRoundPublished',
  { roundId: string; publishedOn: string; societyIds: string[] }
>;
export type StarRatingRoundClosed = DomainEvent<'StarRatingRoundClosed', { roundId: string }>;

export type StarRatingRoundEvent =
  | StarRatingRoundDrafted
  | StarRatingRoundAmended
  | StarRatingRoundOpened
  | StarRatingReviewStarted
  | StarRatingRoundPublished
  | StarRatingRoundClosed;

export const STAR_RATING_ROUND_EVENT_TYPES = [
  'StarRatingRoundDrafted',
  'StarRatingRoundAmended',
  'StarRatingRoundOpened',
  'StarRatingReviewStarted',
  'StarRatingRoundPublished',
  'StarRatingRoundClosed',
] as const satisfies readonly StarRatingRoundEvent['type'][];
