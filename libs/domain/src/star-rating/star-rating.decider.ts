import { requireEvidence } from '../shared/evidence';
import { assertNever, type Decider } from '../shared/decider';
import { requireText } from '../shared/text';
import {
  ID_MAX,
  NOTE_MAX,
  optionalText,
  REASON_MAX,
  requireDate,
  requireSameSubject,
  requireWholeNumber,
} from '../shared/values';
import { MAX_STARS, starsForTotal } from '../star-rating-round/star-rating-round.criteria';
import type {
  AdjustStars,
  DecideStars,
  StarRatingCommand,
  StarRatingRoundFacts,
  SubmitSelfAssessment,
  SubmitStarRatingReview,
  WithdrawStars,
} from './star-rating.commands';
import {
  NoStarsToWithdraw,
  ReviewerIsLiaison,
  ReviewerWroteSelfAssessment,
  StarChangeTooEarly,
  StarRatingNotReviewed,
  StarRatingRoundNotReady,
  StarsAlreadyDecided,
  StarsNotDecided,
  StarsReasonRequired,
} from './star-rating.errors';
import type { StarRatingEvent } from './star-rating.events';
import { categoryTotals, meanTotals, requireScores, totalOf } from './star-rating.scores';
import type { StarRatingState } from './star-rating.state';

type Event = StarRatingEvent;
type State = StarRatingState;
type Started = Exclude<State, { status: 'none' }>;

/** Checks the command is about this stream's society and round, and that the round allows it. */
function prepare(
  command: StarRatingCommand,
  state: State,
  roundMustBe: 'open' | 'review' | 'published',
): Started | null {
  const { roundId, societyId, round } = command;
  if (state.status === 'started')
    requireSameSubject(
      'STAR_RATING.OTHER_SUBJECT',
      { roundId: state.roundId, societyId: state.societyId },
      { roundId, societyId },
    );
  const allowed = roundMustBe === 'published' ? ['published', 'closed'] : [roundMustBe];
  if (!allowed.includes(round.status)) throw new StarRatingRoundNotReady(roundMustBe, round.status);
  if (state.status === 'started') return state;
  requireText('roundId', roundId, ID_MAX);
  requireText('societyId', societyId, ID_MAX);
  return null;
}

function subject({ ratingId, roundId, societyId }: StarRatingCommand) {
  return { ratingId, roundId, societyId };
}

function submitSelfAssessment(command: SubmitSelfAssessment, state: State): Event[] {
  prepare(command, state, 'open');
  const items = requireScores(command.items, command.round.criteria).map(
    ({ given, field, item }) => ({
      ...item,
      note: optionalText(`${field}.note`, given.note, NOTE_MAX),
      evidence: requireEvidence(`${field}.evidence`, given.evidence),
    }),
  );
  return [
    {
      type: 'SelfAssessmentSubmitted',
      data: {
        ...subject(command),
        authorId: requireText('authorId', command.authorId, ID_MAX),
        items,
        total: totalOf(items),
      },
    },
  ];
}

function submitReview(command: SubmitStarRatingReview, state: State): Event[] {
  const rating = prepare(command, state, 'review');
  const reviewerId = requireText('reviewerId', command.reviewerId, ID_MAX);
  if (command.reviewerIsLiaison) throw new ReviewerIsLiaison(reviewerId);
  if (rating?.assessmentAuthorIds.includes(reviewerId))
    throw new ReviewerWroteSelfAssessment(reviewerId);
  if (rating?.decision) throw new StarsAlreadyDecided();
  const items = requireScores(command.items, command.round.criteria).map(({ item }) => item);
  return [
    {
      type: 'StarRatingReviewSubmitted',
      data: {
        ...subject(command),
        reviewerId,
        items,
        total: totalOf(items),
        comment: optionalText('comment', command.comment, NOTE_MAX),
      },
    },
  ];
}

/** 0 without a self-assessment; null when self-assessed but not reviewed; else the thresholds'. */
function defaultStars(rating: Started | null, round: StarRatingRoundFacts): number | null {
  if (rating?.selfAssessment == null) return 0;
  const reviewed = rating.totals.reviewed;
  return reviewed === null ? null : starsForTotal(round.thresholds, reviewed.total);
}

function decideStars(command: DecideStars, state: State): Event[] {
  const rating = prepare(command, state, 'review');
  const byDefault = defaultStars(rating, command.round);
  const stars =
    command.stars === undefined
      ? byDefault
      : requireWholeNumber('stars', command.stars, 0, MAX_STARS);
  if (stars === null) throw new StarRatingNotReviewed();
  const reason = optionalText('reason', command.reason, REASON_MAX);
  if (stars !== byDefault && reason === null) throw new StarsReasonRequired(byDefault);
  return [
    {
      type: 'StarsDecided',
      data: {
        ...subject(command),
        stars,
        defaultStars: byDefault,
        reviewedTotal: rating?.totals.reviewed?.total ?? null,
        reason,
      },
    },
  ];
}

/** A change after publication: the decided rating, a reason and a date not before the last one. */
function prepareChange(command: WithdrawStars | AdjustStars, state: State) {
  const rating = prepare(command, state, 'published');
  if (rating?.decision == null || rating.currentStars === null) throw new StarsNotDecided();
  const effectiveOn = requireDate('effectiveOn', command.effectiveOn);
  const earliest = rating.changes.at(-1)?.effectiveOn ?? command.round.publishedOn ?? effectiveOn;
  if (effectiveOn < earliest) throw new StarChangeTooEarly(earliest);
  return {
    previousStars: rating.currentStars,
    reason: requireText('reason', command.reason, REASON_MAX),
    effectiveOn,
  };
}

function withdrawStars(command: WithdrawStars, state: State): Event[] {
  const change = prepareChange(command, state);
  if (change.previousStars === 0) throw new NoStarsToWithdraw();
  return [{ type: 'StarsWithdrawn', data: { ...subject(command), ...change } }];
}

function adjustStars(command: AdjustStars, state: State): Event[] {
  const change = prepareChange(command, state);
  const stars = requireWholeNumber('stars', command.stars, 0, MAX_STARS);
  if (stars === change.previousStars) return [];
  return [{ type: 'StarsAdjusted', data: { ...subject(command), stars, ...change } }];
}

function decide(command: StarRatingCommand, state: State): Event[] {
  switch (command.type) {
    case 'SubmitSelfAssessment':
      return submitSelfAssessment(command, state);
    case 'SubmitStarRatingReview':
      return submitReview(command, state);
    case 'DecideStars':
      return decideStars(command, state);
    case 'WithdrawStars':
      return withdrawStars(command, state);
    case 'AdjustStars':
      return adjustStars(command, state);
    default:
      return assertNever(command);
  }
}

/** Any of the first three events may open the stream: a society may be decided without a word. */
function started(state: State, event: Event): Started {
  if (state.status === 'started') return state;
  const { roundId, societyId } = event.data;
  return {
    status: 'started',
    roundId,
    societyId,
    selfAssessment: null,
    assessmentAuthorIds: [],
    reviews: [],
    decision: null,
    changes: [],
    totals: { self: null, reviewed: null, decided: null },
    currentStars: null,
  };
}

function evolve(state: State, event: Event): State {
  const rating = started(state, event);
  switch (event.type) {
    case 'SelfAssessmentSubmitted': {
      const { authorId, items, total } = event.data;
      return {
        ...rating,
        selfAssessment: { authorId, items, total },
        assessmentAuthorIds: [...new Set([...rating.assessmentAuthorIds, authorId])],
        totals: { ...rating.totals, self: categoryTotals(items) },
      };
    }
    case 'StarRatingReviewSubmitted': {
      const { reviewerId, items, total, comment } = event.data;
      const others = rating.reviews.filter((review) => review.reviewerId !== reviewerId);
      const reviews = [...others, { reviewerId, items, total, comment }];
      const reviewed = meanTotals(reviews.map((review) => review.items));
      return { ...rating, reviews, totals: { ...rating.totals, reviewed } };
    }
    case 'StarsDecided': {
      const { stars, defaultStars, reviewedTotal, reason } = event.data;
      return {
        ...rating,
        decision: { stars, defaultStars, reviewedTotal, reason },
        totals: { ...rating.totals, decided: rating.totals.reviewed },
        currentStars: stars,
      };
    }
    case 'StarsWithdrawn':
    case 'StarsAdjusted': {
      const { previousStars, reason, effectiveOn } = event.data;
      const withdrawn = event.type === 'StarsWithdrawn';
      const stars = withdrawn ? 0 : event.data.stars;
      const change = {
        kind: withdrawn ? 'withdrawn' : 'adjusted',
        stars,
        previousStars,
        reason,
        effectiveOn,
      } as const;
      return { ...rating, changes: [...rating.changes, change], currentStars: stars };
    }
    default:
      return assertNever(event);
  }
}

export const starRatingDecider: Decider<StarRatingCommand, StarRatingEvent, StarRatingState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
