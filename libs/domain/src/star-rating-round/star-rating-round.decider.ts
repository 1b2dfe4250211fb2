import { assertNever, type Decider } from '../shared/decider';
import { requireText } from '../shared/text';
import { requireDate, requireTextList, requireWholeNumber, TITLE_MAX } from '../shared/values';
import type {
  AmendStarRatingRound,
  CloseStarRatingRound,
  DraftStarRatingRound,
  OpenStarRatingRound,
  PublishStarRatingRound,
  StarRatingRoundCommand,
  StartStarRatingReview,
} from './star-rating-round.commands';
import { requireCriteria, requireThresholds } from './star-rating-round.criteria';
import {
  StarRatingRoundAlreadyDrafted,
  StarRatingRoundNothingToPublish,
  StarRatingRoundNotFound,
  StarRatingRoundNotInStatus,
} from './star-rating-round.errors';
import type { StarRatingRoundEvent } from './star-rating-round.events';
import type { StarRatingRoundState, StarRatingRoundStatus } from './star-rating-round.state';

type Event = StarRatingRoundEvent;
type State = StarRatingRoundState;
type Round = Exclude<State, { status: 'none' }>;

const YEAR = { min: 2000, max: 2100 } as const;
/** Room for a national federation's 210 societies and the largest provincial ones. */
const SOCIETIES_MAX = 5000;

function existing(state: State, roundId: string): Round {
  if (state.status === 'none') throw new StarRatingRoundNotFound(roundId);
  return state;
}

function inStatus(state: State, roundId: string, expected: StarRatingRoundStatus): Round {
  const round = existing(state, roundId);
  if (round.status !== expected)
    throw new StarRatingRoundNotInStatus(roundId, expected, round.status);
  return round;
}

function draft(command: DraftStarRatingRound, state: State): Event[] {
  if (state.status !== 'none') throw new StarRatingRoundAlreadyDrafted(command.roundId);
  const criteria = requireCriteria(command.criteria);
  return [
    {
      type: 'StarRatingRoundDrafted',
      data: {
        roundId: command.roundId,
        year: requireWholeNumber('year', command.year, YEAR.min, YEAR.max),
        title: requireText('title', command.title, TITLE_MAX),
        criteria,
        thresholds: requireThresholds(command.thresholds, criteria),
      },
    },
  ];
}

function amend(command: AmendStarRatingRound, state: State): Event[] {
  const round = inStatus(state, command.roundId, 'draft');
  const criteria =
    command.criteria === undefined ? [...round.criteria] : requireCriteria(command.criteria);
  // New criteria may lower the reachable total below thresholds that were valid before.
  const thresholds = requireThresholds(command.thresholds ?? round.thresholds, criteria);
  const amended = {
    roundId: command.roundId,
    year:
      command.year === undefined
        ? round.year
        : requireWholeNumber('year', command.year, YEAR.min, YEAR.max),
    title:
      command.title === undefined ? round.title : requireText('title', command.title, TITLE_MAX),
    criteria,
    thresholds,
  };
  const unchanged =
    amended.year === round.year &&
    amended.title === round.title &&
    JSON.stringify([criteria, thresholds]) === JSON.stringify([round.criteria, round.thresholds]);
  return unchanged ? [] : [{ type: 'StarRatingRoundAmended', data: amended }];
}

function open({ roundId }: OpenStarRatingRound, state: State): Event[] {
  inStatus(state, roundId, 'draft');
  return [{ type: 'StarRatingRoundOpened', data: { roundId } }];
}

function startReview({ roundId }: StartStarRatingReview, state: State): Event[] {
  inStatus(state, roundId, 'open');
  return [{ type: 'StarRatingReviewStarted', data: { roundId } }];
}

function publish(command: PublishStarRatingRound, state: State): Event[] {
  inStatus(state, command.roundId, 'review');
  const publishedOn = requireDate('publishedOn', command.publishedOn);
  const societyIds = requireTextList('societyIds', command.societyIds, 0, SOCIETIES_MAX);
  if (societyIds.length === 0) throw new StarRatingRoundNothingToPublish(command.roundId);
  return [
    {
      type: 'StarRatingRoundPublished',
      data: { roundId: command.roundId, publishedOn, societyIds },
    },
  ];
}

function close({ roundId }: CloseStarRatingRound, state: State): Event[] {
  inStatus(state, roundId, 'published');
  return [{ type: 'StarRatingRoundClosed', data: { roundId } }];
}

function decide(command: StarRatingRoundCommand, state: State): Event[] {
  switch (command.type) {
    case 'DraftStarRatingRound':
      return draft(command, state);
    case 'AmendStarRatingRound':
      return amend(command, state);
    case 'OpenStarRatingRound':
      return open(command, state);
    case 'StartStarRatingReview':
      return startReview(command, state);
    case 'PublishStarRatingRound':
      return publish(command, state);
    case 'CloseStarRatingRound':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: State, event: Event): State {
  if (event.type === 'StarRatingRoundDrafted') {
    const { year, title, criteria, thresholds } = event.data;
    return {
      status: 'draft',
      year,
      title,
      criteria,
      thresholds,
      publishedOn: null,
      publishedSocietyIds: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'StarRatingRoundAmended': {
      const { year, title, criteria, thresholds } = event.data;
      return { ...state, year, title, criteria, thresholds };
    }
    case 'StarRatingRoundOpened':
      return { ...state, status: 'open' };
    case 'StarRatingReviewStarted':
      return { ...state, status: 'review' };
    case 'StarRatingRoundPublished':
      return {
        ...state,
        status: 'published',
        publishedOn: event.data.publishedOn,
        publishedSocietyIds: event.data.societyIds,
      };
    case 'StarRatingRoundClosed':
      return { ...state, status: 'closed' };
    default:
      return assertNever(event);
  }
}

export const starRatingRoundDecider: Decider<StarRatingRoundCommand, StarRatingRoundEvent, State> =
  {
    initialState: () => ({ status: 'none' }),
    evolve,
    decide: (command, state) => decide(command, state),
  };
