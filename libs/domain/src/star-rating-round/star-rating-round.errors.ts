import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import type { StarRatingRoundStatus } from './star-rating-round.state';

export class StarRatingRoundNotFound extends NotFound {
  constructor(roundId: string) {
    super('STAR_RATING_ROUND.NOT_FOUND', `star rating round ${roundId} does not exist`);
  }
}

export class StarRatingRoundAlreadyDrafted extends Conflict {
  constructor(roundId: string) {
    super('STAR_RATING_ROUND.ALREADY_EXISTS', `star rating round ${roundId} already exists`);
  }
}

const NOT_IN_STATUS: Record<StarRatingRoundStatus, string> = {
  draft: 'STAR_RATING_ROUND.NOT_DRAFT',
  open: 'STAR_RATING_ROUND.NOT_OPEN',
  review: 'STAR_RATING_ROUND.NOT_IN_REVIEW',
  published: 'STAR_RATING_ROUND.NOT_PUBLISHED',
  closed: 'STAR_RATING_ROUND.NOT_CLOSED',
};

export class StarRatingRoundNotInStatus extends RuleBroken {
  constructor(roundId: string, expected: StarRatingRoundStatus, actual: StarRatingRoundStatus) {
    super(NOT_IN_STATUS[expected], `star rating round ${roundId} is ${actual}, not ${expected}`);
  }
}

export class StarRatingRoundNothingToPublish extends RuleBroken {
  constructor(roundId: string) {
    super(
      'STAR_RATING_ROUND.NOTHING_TO_PUBLISH',
      `star rating round ${roundId} has no decided society to publish`,
      'societyIds',
    );
  }
}

export class CriterionCodeRepeated extends InvalidInput {
  constructor(field: string, code: string) {
    super(
      field,
      'STAR_RATING_ROUND.CRITERION_CODE_REPEATED',
      `criterion code ${code} is used twice`,
    );
  }
}

export class ThresholdsNotEight extends InvalidInput {
  constructor() {
    super(
      'thresholds',
      'STAR_RATING_ROUND.THRESHOLDS_NOT_EIGHT',
      'thresholds must give the least total for each of 1 to 8 stars',
    );
  }
}

export class ThresholdsNotIncreasing extends InvalidInput {
  constructor(field: string) {
    super(
      field,
      'STAR_RATING_ROUND.THRESHOLDS_NOT_INCREASING',
      'each star needs a higher least total than the star below it',
    );
  }
}

export class ThresholdAboveMaximum extends InvalidInput {
  constructor(field: string, maximum: number) {
    super(
      field,
      'STAR_RATING_ROUND.THRESHOLD_ABOVE_MAXIMUM',
      `${field} is more than the ${maximum} points the criteria can give`,
    );
  }
}
