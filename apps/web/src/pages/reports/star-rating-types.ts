/** A star rating round and its societies' ratings, as the API answers them (what the page shows). */
export interface RoundSummary {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly status: string;
}

export interface Round extends RoundSummary {
  readonly maximumTotal: number;
  readonly thresholds: readonly number[];
  readonly publishedOn: string | null;
  readonly progress: {
    readonly societies: number;
    readonly selfAssessed: number;
    readonly reviewed: number;
    readonly decided: number;
  };
}

export interface SocietyRating {
  readonly societyId: string;
  readonly selfTotal: number | null;
  readonly reviewedTotal: number | null;
  readonly reviewCount: number;
  readonly decidedStars: number | null;
  readonly defaultStars: number | null;
  readonly changes: number;
  readonly starsAfterChanges: number | null;
}

/** A rating with the society's name, for the table in Chinese name order. */
export type NamedRating = SocietyRating & { readonly name: string };

export const STEPS = [
  ['draft', '起草'],
  ['open', '自评'],
  ['review', '初评审议'],
  ['published', '公布'],
  ['closed', '结束'],
] as const;

export const ROUND_STATUS: Record<string, string> = {
  draft: '起草中',
  open: '自评中',
  review: '初评审议中',
  published: '已公布',
  closed: '已结束',
};

export const MAX_STARS = 8;

/** Why a society's stars read otherwise than its reviewed total gives. */
export function remark(row: SocietyRating): string {
  const words: string[] = [];
  if (row.decidedStars !== null && row.decidedStars !== row.defaultStars)
    words.push(`按标准为${row.defaultStars}星，审议改定`);
  if (row.changes > 0) words.push(`公布后调整为${row.starsAfterChanges}星`);
  if (row.decidedStars === null) words.push(row.reviewCount ? '待审议' : '待初评');
  return words.length ? words.join('；') : '—';
}
