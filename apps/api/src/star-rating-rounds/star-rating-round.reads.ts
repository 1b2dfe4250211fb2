import { Inject, Injectable } from '@nestjs/common';
import {
  ratingRoundProjection,
  ReadModelStore,
  starRatingProjection,
  type RatingRoundView,
} from '@pb/projections';
import { filteredPage } from '../status/filtered-page';
import type { RoundListQuery } from './star-rating-round.query.dto';

const DEFAULT_LIMIT = 50;

/** A round's progress: how many societies have a rating, and how far they have come. */
export interface RoundProgress {
  readonly societies: number;
  readonly selfAssessed: number;
  readonly reviewed: number;
  readonly decided: number;
}

/** What the round routes read: the round views, and the rating views counted per round. */
@Injectable()
export class StarRatingRoundReads {
  constructor(@Inject(ReadModelStore) private readonly views: ReadModelStore) {}

  async progress(roundId: string): Promise<RoundProgress> {
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

function summary(round: RatingRoundView) {
  const { roundId, year, title, status, maximumTotal, publishedOn, version } = round;
  return { id: roundId, year, title, status, maximumTotal, publishedOn, version };
}
