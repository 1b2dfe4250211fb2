import { assertNever, type Decider } from '../shared/decider';
import { InvalidInput } from '../shared/errors';
import { requireSameSubject, requireWholeNumber, requireYear } from '../shared/values';
import type { SetVitalityWeights, VitalityWeightsCommand } from './vitality-weights.commands';
import { WeightsNotHundred } from './vitality-weights.errors';
import type { VitalityWeightsEvent } from './vitality-weights.events';
import {
  VITALITY_COMPONENTS,
  type VitalityComponent,
  type VitalityWeights,
  type VitalityWeightsState,
} from './vitality-weights.state';

type Event = VitalityWeightsEvent;
type State = VitalityWeightsState;

function requireWeights(given: VitalityWeights): VitalityWeights {
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new InvalidInput('weights', 'VALUE.NOT_ALLOWED', 'weights must give every component');
  const unknown = Object.keys(given).find(
    (key) => !VITALITY_COMPONENTS.some((component) => component === key),
  );
  if (unknown !== undefined)
    throw new InvalidInput(
      `weights.${unknown}`,
      'VALUE.NOT_ALLOWED',
      `${unknown} is not a component of the vitality score`,
    );
  const weight = (component: VitalityComponent) =>
    requireWholeNumber(`weights.${component}`, given[component], 0, 100);
  const weights: VitalityWeights = {
    lifeCompleteness: weight('lifeCompleteness'),
    attendance: weight('attendance'),
    lectures: weight('lectures'),
    serviceTasks: weight('serviceTasks'),
    rectifications: weight('rectifications'),
    stars: weight('stars'),
  };
  const sum = VITALITY_COMPONENTS.reduce((total, component) => total + weights[component], 0);
  if (sum !== 100) throw new WeightsNotHundred(sum);
  return weights;
}

/**
 * The first weights of a year are always recorded, so that the year keeps them should the
 * default change; after that, the weights in force again write nothing.
 */
function setVitalityWeights(command: SetVitalityWeights, state: State): Event[] {
  const year = requireYear('year', command.year);
  if (state.status === 'set')
    requireSameSubject(
      'VITALITY_WEIGHTS.OTHER_YEAR',
      { year: String(state.year) },
      { year: String(year) },
    );
  const weights = requireWeights(command.weights);
  if (state.status === 'set' && JSON.stringify(state.weights) === JSON.stringify(weights))
    return [];
  return [{ type: 'VitalityWeightsSet', data: { year, weights } }];
}

function decide(command: VitalityWeightsCommand, state: State): Event[] {
  switch (command.type) {
    case 'SetVitalityWeights':
      return setVitalityWeights(command, state);
    default:
      return assertNever(command.type);
  }
}

function evolve(_state: State, event: Event): State {
  switch (event.type) {
    case 'VitalityWeightsSet':
      return { status: 'set', year: event.data.year, weights: event.data.weights };
    default:
      return assertNever(event.type);
  }
}

export const vitalityWeightsDecider: Decider<VitalityWeightsCommand, Event, State> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
