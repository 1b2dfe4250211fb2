/** The components of the vitality score (组织活力), in the order reports show them. */
export const VITALITY_COMPONENTS = [
  'lifeCompleteness',
  'attendance',
  'lectures',
  'serviceTasks',
  'rectifications',
  'stars',
] as const;
export type VitalityComponent = (typeof VITALITY_COMPONENTS)[number];

/** Points out of 100 per component: whole numbers that add up to 100. */
export type VitalityWeights = Readonly<Record<VitalityComponent, number>>;

export type VitalityWeightsState =
  | { readonly status: 'none' }
  | { readonly status: 'set'; readonly year: number; readonly weights: VitalityWeights };
