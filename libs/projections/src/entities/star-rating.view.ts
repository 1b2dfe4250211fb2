import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import { starRatingDecider, type StarRatingEvent, type StarRatingState } from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

type Started = Extract<StarRatingState, { status: 'started' }>;

/**
 * A society's rating in one round: its self-assessment, reviews, decision, later
 * withdrawals and adjustments and the totals by category, as the decider folds them,
 * with the flags a round's progress counts.
 */
export interface StarRatingView extends EntityDocument, Omit<Started, 'status'> {
  readonly ratingId: string;
  /** Every self-assessment submitted, oldest first; the last is the one that counts. */
  readonly submissions: readonly {
    readonly authorId: string;
    readonly total: number;
    readonly submittedAt: string;
  }[];
  /** Whether a self-assessment was submitted (自评). */
  readonly selfAssessed: boolean;
  /** How many reviewers scored it (初评). */
  readonly reviewCount: number;
  /** Whether at least one reviewer scored it. */
  readonly reviewed: boolean;
  /** Whether the office decided its stars (审议). */
  readonly decided: boolean;
  readonly selfAssessedAt: string | null;
  readonly decidedAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type RatingEnvelope = EnvelopeOf<StarRatingEvent>;

function stateOf(doc: StarRatingView | null): StarRatingState {
  if (doc === null) return starRatingDecider.initialState();
  const { roundId, societyId, selfAssessment, assessmentAuthorIds, reviews, decision } = doc;
  const { changes, totals, currentStars } = doc;
  return {
    status: 'started',
    roundId,
    societyId,
    selfAssessment,
    assessmentAuthorIds,
    reviews,
    decision,
    changes,
    totals,
    currentStars,
  };
}

/** The rating's own rules decide what each event means: the view folds the decider's state. */
export const starRatingProjection: EntityProjection<StarRatingView, RatingEnvelope> = {
  spec: {
    name: 'star_ratings',
    indexes: ['roundId', 'societyId'],
    // Not roundId: a round's list reads the whole round, which is a scan either way.
    lookups: ['societyId'],
  },
  handles: isEventOfStream<StarRatingEvent>('star-rating'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const state = starRatingDecider.evolve(stateOf(doc), event);
    if (state.status === 'none') return doc;
    const { status: _started, ...rating } = state;
    const ratingId = idInStream(event.streamId);
    return {
      _id: ratingId,
      ratingId,
      submissions: [],
      selfAssessedAt: null,
      decidedAt: null,
      createdAt: event.recordedAt,
      ...doc,
      ...rating,
      selfAssessed: rating.selfAssessment !== null,
      reviewCount: rating.reviews.length,
      reviewed: rating.reviews.length > 0,
      decided: rating.decision !== null,
      ...(event.type === 'SelfAssessmentSubmitted' && {
        submissions: [
          ...(doc?.submissions ?? []),
          { authorId: event.data.authorId, total: event.data.total, submittedAt: event.recordedAt },
        ],
        selfAssessedAt: event.recordedAt,
      }),
      ...(event.type === 'StarsDecided' && { decidedAt: event.recordedAt }),
      version: event.seq,
      updatedAt: event.recordedAt,
    };
  },
};
