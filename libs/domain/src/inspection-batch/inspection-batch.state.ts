/** planned → drawn (the sample exists; societies may be added) → closed. */
export type InspectionBatchStatus = 'planned' | 'drawn' | 'closed';

/** What a draw recorded: enough for anyone to rerun it (docs/inspection-draw.md). */
export interface InspectionDraw {
  readonly population: readonly string[];
  readonly sampleSize: number;
  readonly seed: string;
  readonly algorithm: string;
  readonly societyIds: readonly string[];
}

export interface SampledSociety {
  readonly societyId: string;
  /** Drawn at random, or added by the committee by name. */
  readonly how: 'drawn' | 'added';
  readonly reason: string | null;
}

/** What the office plans: the points inspected, who may be drawn, how many, and by whom. */
export interface InspectionPlan {
  readonly title: string;
  /** The points inspected, e.g. 学习宣传贯彻, 前置审议“三重一大”. */
  readonly focus: readonly string[];
  /** Who may be drawn, in words, e.g. 已登记且设立党委的学会. */
  readonly populationCriterion: string;
  /** Committee members who inspect. */
  readonly inspectorIds: readonly string[];
  readonly sampleSize: number;
}

export type InspectionBatchState =
  | { readonly status: 'none' }
  | (InspectionPlan & {
      readonly status: InspectionBatchStatus;
      readonly draw: InspectionDraw | null;
      readonly added: readonly { readonly societyId: string; readonly reason: string }[];
    });

/** The batch's sample: the drawn societies in the order drawn, then those added by name. */
export function sampledSocieties(state: InspectionBatchState): SampledSociety[] {
  if (state.status === 'none') return [];
  const drawn = (state.draw?.societyIds ?? []).map((societyId) => ({
    societyId,
    how: 'drawn' as const,
    reason: null,
  }));
  const added = state.added.map(({ societyId, reason }) => ({
    societyId,
    how: 'added' as const,
    reason,
  }));
  return [...drawn, ...added];
}
