import type { VitalityWeights } from './vitality-weights.state';

/** 设定组织活力权重: every component's weight for a year, replacing the ones before. */
export interface SetVitalityWeights {
  readonly type: 'SetVitalityWeights';
  readonly year: number;
  readonly weights: VitalityWeights;
}

export type VitalityWeightsCommand = SetVitalityWeights;
