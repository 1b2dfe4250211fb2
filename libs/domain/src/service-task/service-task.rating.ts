import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { optionalText, requireInstant, requireWholeNumber } from '../shared/values';
import type {
  CastServiceTaskBallot,
  CloseServiceTaskRating,
  OpenServiceTaskRating,
} from './service-task.commands';
import type { ServiceTaskEvent } from './service-task.events';
import { evaluation, ids, inStatus } from './service-task.rules';
import type { RatingState, ServiceTaskState } from './service-task.state';

/** How many codes one rating may hand out, and how long it may stay open. */
export const RATING_CODES_MAX = 500;
export const RATING_OPEN_DAYS_MAX = 90;
export const BALLOT_COMMENT_MAX = 200;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const DAY_MS = 86_400_000;

function openRatingOf(state: ServiceTaskState, taskId: string): RatingState {
  const task = inStatus(
    state,
    taskId,
    ['completed', 'evaluated', 'in-progress'],
    'RATING.NOT_OPEN',
  );
  if (!task.rating) throw new RuleBroken('RATING.NOT_OPEN', `service task ${taskId} has no rating`);
  if (!task.rating.open)
    throw new RuleBroken('RATING.CLOSED', `the rating of service task ${taskId} has closed`);
  return task.rating;
}

/** 群众评价 by the people themselves: one code each, handed out by the society. */
export function openRating(
  command: OpenServiceTaskRating,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, ['completed'], 'SERVICE_TASK.NOT_COMPLETED');
  if (task.rating?.open)
    throw new Conflict('RATING.ALREADY_OPEN', `service task ${command.taskId} is being rated`);
  const hashes = command.codeHashes;
  if (hashes.length < 1 || hashes.length > RATING_CODES_MAX)
    throw new InvalidInput(
      'codes',
      'NUMBER.OUT_OF_RANGE',
      `codes must be a whole number from 1 to ${RATING_CODES_MAX}`,
    );
  if (!hashes.every((hash) => SHA256_HEX.test(hash)) || new Set(hashes).size !== hashes.length)
    throw new InvalidInput('codeHashes', 'RATING.CODES_INVALID', 'each code must be distinct');
  const closesAt = requireInstant('closesAt', command.closesAt);
  const ahead = Date.parse(closesAt) - Date.parse(command.now);
  if (ahead <= 0 || ahead > RATING_OPEN_DAYS_MAX * DAY_MS)
    throw new InvalidInput(
      'closesAt',
      'RATING.CLOSES_AT_INVALID',
      `closesAt must be after now and within ${RATING_OPEN_DAYS_MAX} days`,
    );
  return [
    {
      type: 'ServiceTaskRatingOpened',
      data: { ...ids(task), codeHashes: [...hashes], closesAt },
    },
  ];
}

export function castBallot(
  command: CastServiceTaskBallot,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const rating = openRatingOf(state, command.taskId);
  if (!rating.codeHashes.includes(command.codeHash))
    throw new NotFound('RATING.CODE_UNKNOWN', 'this rating code does not exist');
  if (rating.used.includes(command.codeHash))
    throw new Conflict('RATING.CODE_USED', 'this rating code has been used');
  if (Date.parse(command.now) >= Date.parse(rating.closesAt))
    throw new RuleBroken('RATING.CLOSED', `the rating closed at ${rating.closesAt}`);
  const task = inStatus(state, command.taskId, ['completed'], 'RATING.NOT_OPEN');
  return [
    {
      type: 'ServiceTaskBallotCast',
      data: {
        ...ids(task),
        codeHash: command.codeHash,
        score: requireWholeNumber('score', command.score, 1, 5),
        comment: optionalText('comment', command.comment, BALLOT_COMMENT_MAX),
      },
    },
  ];
}

/** The mean of the ballots, to two decimals, becomes the evaluation; none, and there is none. */
export function closeRating(
  command: CloseServiceTaskRating,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const rating = openRatingOf(state, command.taskId);
  if (command.atDeadline && Date.parse(command.now) < Date.parse(rating.closesAt))
    throw new RuleBroken('RATING.NOT_DUE', `the rating closes at ${rating.closesAt}`);
  const task = inStatus(state, command.taskId, ['completed'], 'RATING.NOT_OPEN');
  const closed: ServiceTaskEvent = {
    type: 'ServiceTaskRatingClosed',
    data: { ...ids(task), ballots: rating.scores.length, atDeadline: command.atDeadline },
  };
  if (rating.scores.length === 0) return [closed];
  const mean = rating.scores.reduce((sum, score) => sum + score, 0) / rating.scores.length;
  return [
    closed,
    ...evaluation(task, Math.round(mean * 100) / 100, rating.scores.length, null, 'ballots'),
  ];
}

export function ratingAfter(
  rating: RatingState | null,
  event: Extract<
    ServiceTaskEvent,
    { type: 'ServiceTaskRatingOpened' | 'ServiceTaskBallotCast' | 'ServiceTaskRatingClosed' }
  >,
): RatingState | null {
  switch (event.type) {
    case 'ServiceTaskRatingOpened':
      return {
        open: true,
        codeHashes: event.data.codeHashes,
        used: [],
        scores: [],
        closesAt: event.data.closesAt,
      };
    case 'ServiceTaskBallotCast':
      return rating
        ? {
            ...rating,
            used: [...rating.used, event.data.codeHash],
            scores: [...rating.scores, event.data.score],
          }
        : rating;
    case 'ServiceTaskRatingClosed':
      return rating ? { ...rating, open: false } : rating;
  }
}
