import type { VitalityWeights, VitalityWeightsState } from './vitality-weights.state';

/** The weights of a year for which the office set none. */
export const DEFAULT_VITALITY_WEIGHTS: VitalityWeights = {
  lifeCompleteness: 30,
  attendance: 10,
  lectures: 15,
  serviceTasks: 20,
  rectifications: 10,
  stars: 15,
};

/** The weights in force for the year whose stream this is: the ones set, else the default. */
export function vitalityWeightsOf(state: VitalityWeightsState): VitalityWeights {
  return state.status === 'none' ? DEFAULT_VITALITY_WEIGHTS : state.weights;
}
