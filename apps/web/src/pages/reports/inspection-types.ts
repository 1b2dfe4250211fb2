/** An inspection batch and its societies' cases, as the API answers them (what the page shows). */
export interface BatchSummary {
  readonly id: string;
  readonly title: string;
  readonly status: string;
}

export interface Sampled {
  readonly societyId: string;
  readonly how: 'drawn' | 'added';
  readonly drawOrder: number | null;
  readonly reason: string | null;
  readonly state: string;
}

/** A sampled society with its name. */
export type NamedSampled = Sampled & { readonly name: string };

export interface Draw {
  readonly seed: string;
  readonly algorithm: string;
  readonly population: readonly string[];
  readonly sampleSize: number;
  readonly drawnAt: string;
  readonly rerun: { readonly document: string; readonly script: string };
}

export interface Batch extends BatchSummary {
  readonly focus: readonly string[];
  readonly inspectorIds: readonly string[];
  readonly today: string;
  readonly progress: {
    readonly societies: number;
    readonly visited: number;
    readonly findings: number;
    readonly majorFindings: number;
    readonly items: number;
    readonly reported: number;
    readonly accepted: number;
    readonly overdue: number;
  };
  readonly sample: readonly Sampled[];
  readonly draw: Draw | null;
}

export interface CaseItem {
  readonly itemId: string;
  readonly status: string;
  readonly overdue: boolean;
  readonly action: string;
  readonly dueOn: string;
}

export interface InspectionCase {
  readonly state: string;
  readonly findings: readonly unknown[];
  readonly items: readonly CaseItem[];
}

export const BATCH_STATUS: Record<string, string> = {
  planned: '已计划，待抽取',
  drawn: '督导中',
  closed: '已结束',
};
/** Batches under way first, then those still to draw, then the closed ones. */
export const BATCH_ORDER: Record<string, number> = { drawn: 0, planned: 1, closed: 2 };
export const CASE_STATE: Record<string, string> = {
  'not-visited': '尚未走访',
  open: '整改中',
  closed: '督导已结束',
};
export const ITEM_STATUS: Record<string, string> = {
  open: '待整改',
  reported: '已报告，待验收',
  returned: '退回重改',
  accepted: '已验收',
};
/** The tally of a society's items, in the order they move. */
export const TALLY = [
  ['open', '待整改'],
  ['reported', '待验收'],
  ['returned', '已退回'],
  ['accepted', '已验收'],
] as const;
