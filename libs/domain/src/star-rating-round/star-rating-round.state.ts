/** One item of a round's criteria (评分细则), e.g. 组织建设 / 党委会每季度至少召开一次 / 5 points. */
export interface CriterionItem {
  readonly code: string;
  readonly category: string;
  readonly description: string;
  readonly maxPoints: number;
}

/** draft → open (self-assessments) → review (初评 and 审议) → published (公布) → closed. */
export const STAR_RATING_ROUND_STATUSES = [
  'draft',
  'open',
  'review',
  'published',
  'closed',
] as const;
export type StarRatingRoundStatus = (typeof STAR_RATING_ROUND_STATUSES)[number];

export type StarRatingRoundState =
  | { readonly status: 'none' }
  | {
      readonly status: StarRatingRoundStatus;
      readonly year: number;
      readonly title: string;
      readonly criteria: readonly CriterionItem[];
      /** The least total for 1 to 8 stars, index 0 for 1 star. */
      readonly thresholds: readonly number[];
      readonly publishedOn: string | null;
      /** The societies whose decisions the publication made their current stars. */
      readonly publishedSocietyIds: readonly string[];
    };
