import { InvalidInput, RuleBroken } from '../shared/errors';
import type { StarRatingRoundStatus } from '../star-rating-round/star-rating-round.state';

const ROUND_NOT: Record<'open' | 'review' | 'published', string> = {
  open: 'STAR_RATING.ROUND_NOT_OPEN',
  review: 'STAR_RATING.ROUND_NOT_IN_REVIEW',
  published: 'STAR_RATING.ROUND_NOT_PUBLISHED',
};

export class StarRatingRoundNotReady extends RuleBroken {
  constructor(expected: keyof typeof ROUND_NOT, actual: StarRatingRoundStatus) {
    super(ROUND_NOT[expected], `the round is ${actual}, not ${expected}`);
  }
}

/** Conflict of interest: a society's liaison in a launched campaign never reviews it. */
export class ReviewerIsLiaison extends RuleBroken {
  constructor(reviewerId: string) {
    super(
      'STAR_RATING.REVIEWER_IS_LIAISON',
      `member ${reviewerId} is the society's liaison in a launched campaign and may not review it`,
      'reviewerId',
    );
  }
}

/** Conflict of interest: nobody reviews a self-assessment they wrote. */
export class ReviewerWroteSelfAssessment extends RuleBroken {
  constructor(reviewerId: string) {
    super(
      'STAR_RATING.REVIEWER_WROTE_SELF_ASSESSMENT',
      `member ${reviewerId} wrote a self-assessment of this society and may not review it`,
      'reviewerId',
    );
  }
}

export class StarsAlreadyDecided extends RuleBroken {
  constructor() {
    super('STAR_RATING.ALREADY_DECIDED', 'the stars are decided: the review is over');
  }
}

export class StarsNotDecided extends RuleBroken {
  constructor() {
    super('STAR_RATING.NOT_DECIDED', 'no stars were decided for this society in this round');
  }
}

export class StarRatingNotReviewed extends RuleBroken {
  constructor() {
    super(
      'STAR_RATING.NOT_REVIEWED',
      'the self-assessment has no review yet: give the stars and a reason, or wait for a review',
    );
  }
}

export class StarsReasonRequired extends InvalidInput {
  constructor(defaultStars: number | null) {
    super(
      'reason',
      'STAR_RATING.REASON_REQUIRED',
      defaultStars === null
        ? 'stars decided without a review need a reason'
        : `stars other than the ${defaultStars} the thresholds give need a reason`,
    );
  }
}

export class NoStarsToWithdraw extends RuleBroken {
  constructor() {
    super('STAR_RATING.NO_STARS', 'the society has no stars to withdraw');
  }
}

export class StarChangeTooEarly extends InvalidInput {
  constructor(earliest: string) {
    super(
      'effectiveOn',
      'STAR_RATING.EFFECTIVE_TOO_EARLY',
      `effectiveOn must not be before ${earliest}, the publication or the last change`,
    );
  }
}

export class CriterionNotInRound extends InvalidInput {
  constructor(field: string, code: string) {
    super(field, 'STAR_RATING.CRITERION_UNKNOWN', `the round has no criterion ${code}`);
  }
}

export class CriterionScoredTwice extends InvalidInput {
  constructor(field: string, code: string) {
    super(field, 'STAR_RATING.ITEM_REPEATED', `criterion ${code} is scored twice`);
  }
}

export class CriterionNotScored extends InvalidInput {
  constructor(codes: readonly string[]) {
    super(
      'items',
      'STAR_RATING.ITEM_MISSING',
      `every item must be scored; missing: ${codes.join(', ')}`,
    );
  }
}
