import { Inject, Injectable } from '@nestjs/common';
import { StarRatingRoundNotFound, starsOn } from '@pb/domain';
import {
  currentStarsOn,
  ratingRoundProjection,
  ReadModelStore,
  societyProjection,
  type CurrentStars,
  type SocietyView,
  starRatingProjection,
  type RatingRoundView,
  type StarRatingView,
} from '@pb/projections';
import type { RatingListQuery } from './star-rating.query.dto';
import type { StarRatingAnswer, StarRatingSummary } from './star-rating.response.dto';

const DEFAULT_LIMIT = 100;
/** More rounds than a society will ever be rated in. */
const ROUNDS_MAX = 1000;

const starsOfRating = (rating: StarRatingView, round: RatingRoundView, day: string) =>
  starsOn(rating, round, day);

/** What the rating routes read: the rating views of a round, and a society's stars on a day. */
@Injectable()
export class StarRatingReads {
  constructor(@Inject(ReadModelStore) private readonly views: ReadModelStore) {}

  async round(roundId: string): Promise<RatingRoundView> {
    const round = await this.views.get<RatingRoundView>(ratingRoundProjection.spec.name, roundId);
    if (!round) throw new StarRatingRoundNotFound(roundId);
    return round;
  }

  async list(roundId: string, query: RatingListQuery) {
    await this.round(roundId);
    const page = await this.views.find<StarRatingView>(starRatingProjection.spec.name, {
      where: { roundId },
      limit: query.limit ?? DEFAULT_LIMIT,
      after: query.cursor ?? null,
    });
    // A reviewer may not read the register of a society they do not liaise with, which is
    // every society they review: the rows carry the names the review list shows.
    const societies = await this.views.getMany<SocietyView>(
      societyProjection.spec.name,
      page.items.map((rating) => rating.societyId),
    );
    const names = new Map(societies.map((society) => [society.societyId, society.name]));
    return {
      items: page.items.map((rating) => summary(rating, names.get(rating.societyId) ?? null)),
      next: page.next,
    };
  }

  /**
   * The stars of the latest publication, on or before the day, that decided the society,
   * as changed by the withdrawals and adjustments in effect by then; null when none did.
   */
  async currentStars(societyId: string, day: string): Promise<CurrentStars> {
    const ratings = await this.views.find<StarRatingView>(starRatingProjection.spec.name, {
      where: { societyId },
      limit: ROUNDS_MAX,
      unordered: true,
    });
    const rounds = await this.views.getMany<RatingRoundView>(
      ratingRoundProjection.spec.name,
      ratings.items.map((rating) => rating.roundId),
    );
    const published = ratings.items.flatMap((rating) => {
      const round = rounds.find((candidate) => candidate.roundId === rating.roundId);
      return round ? [{ ...rating, publishedOn: round.publishedOn }] : [];
    });
    return currentStarsOn(published, day);
  }

  /** One rating as clients read it: every submission, the decision, the changes and totals. */
  async present(rating: StarRatingView, day: string): Promise<StarRatingAnswer> {
    const round = await this.round(rating.roundId);
    const { ratingId, roundId, societyId, selfAssessment, submissions, reviews } = rating;
    const { decision, changes } = rating;
    const { totals, selfAssessedAt, decidedAt, version, createdAt, updatedAt } = rating;
    return {
      id: ratingId,
      roundId,
      societyId,
      selfAssessment,
      submissions,
      reviews,
      decision,
      totals,
      changes,
      starsInRound: { on: day, stars: starsOfRating(rating, round, day) },
      currentStars: await this.currentStars(societyId, day),
      selfAssessedAt,
      decidedAt,
      version,
      createdAt,
      updatedAt,
    };
  }
}

function summary(rating: StarRatingView, societyName: string | null): StarRatingSummary {
  const { ratingId, societyId, selfAssessment, reviews, decision, totals, currentStars } = rating;
  return {
    id: ratingId,
    societyId,
    societyName,
    selfTotal: selfAssessment?.total ?? null,
    reviewCount: reviews.length,
    reviewerIds: reviews.map((review) => review.reviewerId),
    reviewedTotal: totals.reviewed?.total ?? null,
    decidedStars: decision?.stars ?? null,
    defaultStars: decision?.defaultStars ?? null,
    starsAfterChanges: currentStars,
    changes: rating.changes.length,
    version: rating.version,
  };
}
