import type { DomainEvent } from '../shared/decider';
import type { VitalityWeights } from './vitality-weights.state';

export type VitalityWeightsSet = DomainEvent<
  'VitalityWeightsSet',
  { year: number; weights: VitalityWeights }
>;

export type VitalityWeightsEvent = VitalityWeightsSet;

export const VITALITY_WEIGHTS_EVENT_TYPES = [
  'VitalityWeightsSet',
] as const satisfies readonly VitalityWeightsEvent['type'][];
