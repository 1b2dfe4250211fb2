import starRatingRoundDraftedV1 from '../events/star-rating-round-drafted.v1.schema.json';
import starRatingRoundAmendedV1 from '../events/star-rating-round-amended.v1.schema.json';
import starRatingRoundOpenedV1 from '../events/star-rating-round-opened.v1.schema.json';
import starRatingReviewStartedV1 from '../events/star-rating-review-started.v1.schema.json';
import starRatingRoundPublishedV1 from '../events/star-rating-round-published.v1.schema.json';
import starRatingRoundClosedV1 from '../events/star-rating-round-closed.v1.schema.json';
import selfAssessmentSubmittedV1 from '../events/self-assessment-submitted.v1.schema.json';
import selfAssessmentSubmittedV2 from '../events/self-assessment-submitted.v2.schema.json';
import starRatingReviewSubmittedV1 from '../events/star-rating-review-submitted.v1.schema.json';
import starsDecidedV1 from '../events/stars-decided.v1.schema.json';
import starsWithdrawnV1 from '../events/stars-withdrawn.v1.schema.json';
import starsAdjustedV1 from '../events/stars-adjusted.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** Star rating (星级评定): the rounds and each society's rating in one. */
export const STAR_RATING_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('StarRatingRoundDrafted', 1, starRatingRoundDraftedV1),
  eventDataSchema('StarRatingRoundAmended', 1, starRatingRoundAmendedV1),
  eventDataSchema('StarRatingRoundOpened', 1, starRatingRoundOpenedV1),
  eventDataSchema('StarRatingReviewStarted', 1, starRatingReviewStartedV1),
  eventDataSchema('StarRatingRoundPublished', 1, starRatingRoundPublishedV1),
  eventDataSchema('StarRatingRoundClosed', 1, starRatingRoundClosedV1),
  eventDataSchema('SelfAssessmentSubmitted', 1, selfAssessmentSubmittedV1),
  eventDataSchema('SelfAssessmentSubmitted', 2, selfAssessmentSubmittedV2),
  eventDataSchema('StarRatingReviewSubmitted', 1, starRatingReviewSubmittedV1),
  eventDataSchema('StarsDecided', 1, starsDecidedV1),
  eventDataSchema('StarsWithdrawn', 1, starsWithdrawnV1),
  eventDataSchema('StarsAdjusted', 1, starsAdjustedV1),
];
