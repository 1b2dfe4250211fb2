/**
 * What the reviewer's pages read: the rounds in review, the ratings a committee member is
 * to review (their member status lists them, with the conflicts of interest left out) or
 * has reviewed, and one society's rating with the member's own earlier review.
 */
import { get, getAll } from '../../api';
import type { Evidence } from '../../lectures';
import { session } from '../../session';
import type { Round } from '../society/star-rating';

/** A society's rating as the round's list answers it. */
interface RatingRow {
  readonly societyId: string;
  readonly societyName: string | null;
  readonly selfTotal: number | null;
  readonly reviewerIds: readonly string[];
  readonly decidedStars: number | null;
}

export interface ReviewRow extends RatingRow {
  readonly name: string;
  /** The member has reviewed it (a new review replaces theirs until the stars are decided). */
  readonly mine: boolean;
}

interface Scored {
  readonly code: string;
  readonly points: number;
}

export interface SelfAssessedItem extends Scored {
  readonly note: string | null;
  readonly evidence: readonly Evidence[];
}

export interface Review {
  readonly reviewerId: string;
  readonly items: readonly Scored[];
  readonly total: number;
  readonly comment: string | null;
}

export interface RatingToReview {
  readonly selfAssessment: { readonly items: readonly SelfAssessedItem[]; readonly total: number };
  readonly reviews: readonly Review[];
  readonly decision: { readonly stars: number } | null;
  readonly version: number;
}

const UNNAMED = '（未登记的学会）';
const collator = new Intl.Collator('zh-CN');

/** The member signed in; null for an account that is no committee member (the office). */
export const reviewerId = (): string | null => session.value?.account.memberId ?? null;

const ratingsIn = (roundId: string) =>
  getAll<RatingRow>(`/star-rating-rounds/${roundId}/societies?limit=1000`);

/** A society's name as the round's list gives it (a reviewer may not read its register). */
export async function societyNameIn(roundId: string, societyId: string): Promise<string> {
  const row = (await ratingsIn(roundId)).find((rating) => rating.societyId === societyId);
  return row?.societyName ?? UNNAMED;
}

/** Each round in review with the member's societies: those still to review first, by name. */
export async function reviewsOf(memberId: string) {
  const [rounds, status] = await Promise.all([
    getAll<Round>('/star-rating-rounds?status=review'),
    get<{ reviews: { rounds: { roundId: string; societyIds: string[] }[] } }>(
      `/members/${memberId}/status`,
    ),
  ]);
  const toDo = new Map(status.reviews.rounds.map((round) => [round.roundId, round.societyIds]));
  return Promise.all(
    rounds.map(async (round) => {
      const rows: ReviewRow[] = (await ratingsIn(round.id)).flatMap((rating) => {
        const mine = rating.reviewerIds.includes(memberId);
        const listed = mine || (toDo.get(round.id) ?? []).includes(rating.societyId);
        return listed ? [{ ...rating, name: rating.societyName ?? UNNAMED, mine }] : [];
      });
      rows.sort((a, b) => Number(a.mine) - Number(b.mine) || collator.compare(a.name, b.name));
      return { round, rows };
    }),
  );
}
