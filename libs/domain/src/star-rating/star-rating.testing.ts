import { CRITERIA, THRESHOLDS } from '../star-rating-round/star-rating-round.testing';
import type { StarRatingRoundStatus } from '../star-rating-round/star-rating-round.state';
import type { StarRatingRoundFacts } from './star-rating.commands';
import type {
  SelfAssessmentSubmitted,
  StarRatingReviewSubmitted,
  StarsDecided,
} from './star-rating.events';

export const subject = {
  ratingId: 'rating-2025-society-1',
  roundId: 'round-2025',
  societyId: 'society-1',
};
export const PUBLISHED_ON = '2026-03-20';

export function roundIn(status: StarRatingRoundStatus): StarRatingRoundFacts {
  const published = status === 'published' || status === 'closed';
  return {
    status,
    criteria: CRITERIA,
    thresholds: THRESHOLDS,
    publishedOn: published ? PUBLISHED_ON : null,
  };
}

/** Points for A1, B1, C1, D1 as scored items of the round's criteria. */
export function scored(points: readonly number[]) {
  return CRITERIA.map(({ code, category }, index) => ({
    code,
    category,
    points: points[index] ?? 0,
  }));
}

const sum = (points: readonly number[]) => points.reduce((a, b) => a + b, 0);

export function selfAssessed(authorId: string, points: readonly number[]): SelfAssessmentSubmitted {
  const items = scored(points).map((item) => ({ ...item, note: null, evidence: [] }));
  return {
    type: 'SelfAssessmentSubmitted',
    data: { ...subject, authorId, items, total: sum(points) },
  };
}

export function reviewed(
  reviewerId: string,
  points: readonly number[],
  comment: string | null = null,
): StarRatingReviewSubmitted {
  return {
    type: 'StarRatingReviewSubmitted',
    data: { ...subject, reviewerId, items: scored(points), total: sum(points), comment },
  };
}

export function decided(
  stars: number,
  defaultStars: number | null,
  reason: string | null = null,
): StarsDecided {
  return {
    type: 'StarsDecided',
    data: { ...subject, stars, defaultStars, reviewedTotal: 71.5, reason },
  };
}

/** A self-assessment of 83 and two reviews of 72 and 71: a mean of 71.5, 5 stars by the thresholds. */
export const SELF_AND_TWO_REVIEWS = [
  selfAssessed('secretary-1', [18, 25, 24, 16]),
  reviewed('member-a', [16, 22, 20, 14]),
  reviewed('member-b', [15, 21, 20, 15]),
];
