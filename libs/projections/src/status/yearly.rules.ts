import {
  isRectificationOverdue,
  starsOn,
  type RectificationStatus,
  type StarsRecord,
} from '@pb/domain';

/*
 * How the yearly cycle is read where several answers show it (a society's status, a
 * member's to-dos, a rating, the campaign report), so that a figure means the same
 * wherever it is shown. Stars and overdue change with the clock: they are read on a day.
 */

/** A society's rating in one round as its current stars are read: the round's publication beside it. */
export interface PublishedStars extends StarsRecord {
  readonly roundId: string;
  readonly publishedOn: string | null;
}

/** A society's stars on a day, and the round whose publication gave them. */
export interface CurrentStars {
  readonly on: string;
  readonly stars: number | null;
  readonly roundId: string | null;
}

/**
 * The stars of the latest publication, on or before the day, that decided the society,
 * as changed by the withdrawals and adjustments in effect by then; null when none did.
 */
export function currentStarsOn(ratings: readonly PublishedStars[], day: string): CurrentStars {
  let current: CurrentStars = { on: day, stars: null, roundId: null };
  let latest = '';
  for (const rating of ratings) {
    const stars = starsOn(rating, rating, day);
    if (rating.publishedOn !== null && stars !== null && rating.publishedOn > latest) {
      current = { on: day, stars, roundId: rating.roundId };
      latest = rating.publishedOn;
    }
  }
  return current;
}

type HasItemStatus = { readonly status: RectificationStatus };

/** Still to be accepted (销号): open, reported done, or returned. */
export function isOpenRectification(item: HasItemStatus): boolean {
  return item.status !== 'accepted';
}

/** Open rectification items counted as the status answers show them, overdue read on `today`. */
export function rectificationFigures<Item extends HasItemStatus & { readonly dueOn: string }>(
  items: readonly Item[],
  today: string,
) {
  const open = items.filter(isOpenRectification);
  return {
    open: open.length,
    reported: open.filter((item) => item.status === 'reported').length,
    overdue: open.filter((item) => isRectificationOverdue(item, today)).length,
  };
}
