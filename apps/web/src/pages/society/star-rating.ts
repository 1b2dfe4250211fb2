/** A star rating round and the society's rating in it, as the self-assessment pages read them. */
import { ApiError, get } from '../../api';
import type { Evidence } from '../../lectures';

export interface Criterion {
  readonly code: string;
  readonly category: string;
  readonly description: string;
  readonly maxPoints: number;
}

export interface Round {
  readonly id: string;
  readonly year: number;
  readonly title: string;
  readonly status: 'draft' | 'open' | 'review' | 'published' | 'closed';
  readonly maximumTotal: number;
  readonly publishedOn: string | null;
  readonly criteria?: readonly Criterion[];
}

export interface Rating {
  readonly selfAssessment: {
    readonly items: readonly {
      code: string;
      points: number;
      /** The files attached to the item (none before evidence could be attached). */
      evidence?: readonly Evidence[];
    }[];
    readonly total: number;
  } | null;
  readonly submissions: readonly { total: number; submittedAt: string }[];
  readonly decision: { stars: number } | null;
  readonly starsInRound: { on: string; stars: number | null };
  readonly version: number;
}

export const ratingPath = (roundId: string, societyId: string) =>
  `/star-rating-rounds/${roundId}/societies/${societyId}`;

/** The society's rating in a round; null before its first self-assessment. */
export async function ratingOf(
  roundId: string,
  societyId: string,
  minVersion = 0,
): Promise<Rating | null> {
  try {
    const query = minVersion ? `?minVersion=${minVersion}` : '';
    return await get<Rating>(`${ratingPath(roundId, societyId)}${query}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const STATUSES: Record<Round['status'], string> = {
  draft: '起草中',
  open: '自评中',
  review: '初评中',
  published: '已公布',
  closed: '已结束',
};
