import { Inject, Injectable } from '@nestjs/common';
import {
  ratingRoundProjection,
  ReadModelStore,
  starRatingProjection,
  type RatingRoundView,
} from '@pb/projections';
import { filteredPage } from '../status/filtered-page';
import type { RoundListQuery } from './star-rating-round.query.dto';
import type {
  RoundProgressAnswer,
  StarRatingRoundAnswer,
  StarRatingRoundSummary,
} from './star-rating-round.response.dto';

const DEFAULT_LIMIT = 50;

/** What the round routes read: the round views, and the rating views counted per round. */
@Injectable()
export class StarRatingRoundReads {
  constructor(@Inject(ReadModelStore) private readonly views: ReadModelStore) {}

  /** A round's progress: how many societies have a rating, and how far they have come. */
  async progress(roundId: string): Promise<RoundProgressAnswer> {
    const count = (flag?: 'selfAssessed' | 'reviewed' | 'decided') =>
      this.views.count(starRatingProjection.spec.name, {
        roundId,
        ...(flag && { [flag]: true }),
      });
    const [societies, selfAssessed, reviewed, decided] = await Promise.all([
      count(),
      count('selfAssessed'),
      count('reviewed'),
      count('decided'),
    ]);
    return { societies, selfAssessed, reviewed, decided };
  }

  list(query: RoundListQuery) {
    const where = {
      ...(query.year !== undefined && { year: query.year }),
      ...(query.status && { status: query.status }),
    };
    return filteredPage(
      (after, limit) =>
        this.views.find<RatingRoundView>(ratingRoundProjection.spec.name, { where, limit, after }),
      (rounds) => rounds.map(summary),
      query.limit ?? DEFAULT_LIMIT,
      query.cursor ?? null,
    );
  }
}

function summary(round: RatingRoundView): StarRatingRoundSummary {
  const { roundId, year, title, status, maximumTotal, publishedOn, version } = round;
  return { id: roundId, year, title, status, maximumTotal, publishedOn, version };
}

/** A round as its detail answers it: the summary's fields, the definition, the steps' times. */
export function presentRound(
  round: RatingRoundView,
  progress: RoundProgressAnswer,
): StarRatingRoundAnswer {
  const { criteria, thresholds, publishedSocietyIds, openedAt, reviewStartedAt } = round;
  const { publishedAt, closedAt, createdAt, updatedAt } = round;
  return {
    ...summary(round),
    criteria,
    thresholds,
    publishedSocietyIds,
    openedAt,
    reviewStartedAt,
    publishedAt,
    closedAt,
    createdAt,
    updatedAt,
    progress,
  };
}
