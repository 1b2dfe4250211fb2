import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import {
  maximumTotal,
  starRatingRoundDecider,
  type CriterionItem,
  type StarRatingRoundEvent,
  type StarRatingRoundState,
  type StarRatingRoundStatus,
} from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

/** A star rating round (星级评定批次): its criteria, thresholds and where it stands. */
export interface RatingRoundView extends EntityDocument {
  readonly roundId: string;
  readonly year: number;
  readonly title: string;
  readonly status: StarRatingRoundStatus;
  readonly criteria: readonly CriterionItem[];
  /** The least total for 1 to 8 stars, index 0 for 1 star. */
  readonly thresholds: readonly number[];
  /** What the criteria give at most. */
  readonly maximumTotal: number;
  readonly publishedOn: string | null;
  readonly publishedSocietyIds: readonly string[];
  readonly openedAt: string | null;
  readonly reviewStartedAt: string | null;
  readonly publishedAt: string | null;
  readonly closedAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type RoundEnvelope = EnvelopeOf<StarRatingRoundEvent>;

/** When each step of the life cycle was recorded. */
const STEP_AT: Partial<Record<StarRatingRoundEvent['type'], keyof RatingRoundView>> = {
  StarRatingRoundOpened: 'openedAt',
  StarRatingReviewStarted: 'reviewStartedAt',
  StarRatingRoundPublished: 'publishedAt',
  StarRatingRoundClosed: 'closedAt',
};

function stateOf(doc: RatingRoundView | null): StarRatingRoundState {
  if (doc === null) return starRatingRoundDecider.initialState();
  const { status, year, title, criteria, thresholds, publishedOn, publishedSocietyIds } = doc;
  return { status, year, title, criteria, thresholds, publishedOn, publishedSocietyIds };
}

/** The round's own rules decide what each event means: the view folds the decider's state. */
export const ratingRoundProjection: EntityProjection<RatingRoundView, RoundEnvelope> = {
  spec: { name: 'rating_rounds', indexes: ['status', 'year'] },
  handles: isEventOfStream<StarRatingRoundEvent>('rating-round'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const state = starRatingRoundDecider.evolve(stateOf(doc), event);
    if (state.status === 'none') return doc;
    const step = STEP_AT[event.type];
    const roundId = idInStream(event.streamId);
    return {
      _id: roundId,
      roundId,
      openedAt: null,
      reviewStartedAt: null,
      publishedAt: null,
      closedAt: null,
      createdAt: event.recordedAt,
      ...doc,
      ...state,
      maximumTotal: maximumTotal(state.criteria),
      ...(step && { [step]: event.recordedAt }),
      version: event.seq,
      updatedAt: event.recordedAt,
    };
  },
};
