import { assertNever, type Decider } from '../shared/decider';
import { SocietyIsDeregistered, SocietyNotFound } from '../society/society.errors';
import { requireText } from '../shared/text';
import {
  ID_MAX,
  REASON_MAX,
  requireTextList,
  requireWholeNumber,
  TITLE_MAX,
} from '../shared/values';
import type {
  AddSocietyToInspection,
  CloseInspectionBatch,
  DrawInspectionSample,
  InspectionBatchCommand,
  PlanInspectionBatch,
} from './inspection-batch.commands';
import { DRAW_ALGORITHM, DRAW_SEED, drawSample } from './inspection-batch.draw';
import {
  DrawSeedInvalid,
  InspectionBatchAlreadyPlanned,
  InspectionBatchIsClosed,
  InspectionBatchNotFound,
  InspectionSampleAlreadyDrawn,
  InspectionSampleNotDrawn,
  InspectionsStillOpen,
  SampleLargerThanPopulation,
  SocietyAlreadyInSample,
} from './inspection-batch.errors';
import type { InspectionBatchEvent } from './inspection-batch.events';
import { sampledSocieties, type InspectionBatchState } from './inspection-batch.state';

type Event = InspectionBatchEvent;
type State = InspectionBatchState;
type Batch = Exclude<State, { status: 'none' }>;

const FOCUS = { max: 20, length: 100 } as const;
const POPULATION_CRITERION_MAX = 500;
const INSPECTORS_MAX = 50;
/** Room for every society of the largest federation. */
const POPULATION_MAX = 5000;

function notClosed(state: State, batchId: string): Batch {
  if (state.status === 'none') throw new InspectionBatchNotFound(batchId);
  if (state.status === 'closed') throw new InspectionBatchIsClosed(batchId);
  return state;
}

function drawn(state: State, batchId: string): Batch {
  const batch = notClosed(state, batchId);
  if (batch.status !== 'drawn') throw new InspectionSampleNotDrawn(batchId);
  return batch;
}

function plan(command: PlanInspectionBatch, state: State): Event[] {
  if (state.status !== 'none') throw new InspectionBatchAlreadyPlanned(command.batchId);
  return [
    {
      type: 'InspectionBatchPlanned',
      data: {
        batchId: command.batchId,
        title: requireText('title', command.title, TITLE_MAX),
        focus: requireTextList('focus', command.focus, 1, FOCUS.max, FOCUS.length),
        populationCriterion: requireText(
          'populationCriterion',
          command.populationCriterion,
          POPULATION_CRITERION_MAX,
        ),
        inspectorIds: requireTextList('inspectorIds', command.inspectorIds, 1, INSPECTORS_MAX),
        sampleSize: requireWholeNumber('sampleSize', command.sampleSize, 1, POPULATION_MAX),
      },
    },
  ];
}

function draw(command: DrawInspectionSample, state: State): Event[] {
  const batch = notClosed(state, command.batchId);
  if (batch.status !== 'planned') throw new InspectionSampleAlreadyDrawn(command.batchId);
  const population = requireTextList('population', command.population, 1, POPULATION_MAX);
  const sampleSize = requireWholeNumber(
    'sampleSize',
    command.sampleSize ?? batch.sampleSize,
    1,
    POPULATION_MAX,
  );
  if (sampleSize > population.length)
    throw new SampleLargerThanPopulation(sampleSize, population.length);
  const seed = typeof command.seed === 'string' ? command.seed.toLowerCase() : '';
  if (!DRAW_SEED.test(seed)) throw new DrawSeedInvalid();
  return [
    {
      type: 'InspectionSampleDrawn',
      data: {
        batchId: command.batchId,
        population,
        sampleSize,
        seed,
        algorithm: DRAW_ALGORITHM,
        societyIds: drawSample(population, sampleSize, seed),
      },
    },
  ];
}

function addSociety(command: AddSocietyToInspection, state: State): Event[] {
  const batch = drawn(state, command.batchId);
  const societyId = requireText('societyId', command.societyId, ID_MAX);
  // Only a society in the register is inspected: the draw's population is the register too.
  if (command.societyStatus === 'unregistered') throw new SocietyNotFound(societyId);
  if (command.societyStatus === 'deregistered') throw new SocietyIsDeregistered(societyId);
  if (sampledSocieties(batch).some((sampled) => sampled.societyId === societyId))
    throw new SocietyAlreadyInSample(societyId);
  return [
    {
      type: 'SocietyAddedToInspection',
      data: {
        batchId: command.batchId,
        societyId,
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function close(command: CloseInspectionBatch, state: State): Event[] {
  drawn(state, command.batchId);
  if (!command.everyInspectionClosed) throw new InspectionsStillOpen(command.batchId);
  return [{ type: 'InspectionBatchClosed', data: { batchId: command.batchId } }];
}

function decide(command: InspectionBatchCommand, state: State): Event[] {
  switch (command.type) {
    case 'PlanInspectionBatch':
      return plan(command, state);
    case 'DrawInspectionSample':
      return draw(command, state);
    case 'AddSocietyToInspection':
      return addSociety(command, state);
    case 'CloseInspectionBatch':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: State, event: Event): State {
  if (event.type === 'InspectionBatchPlanned') {
    const { batchId: _id, ...plan } = event.data;
    return { status: 'planned', ...plan, draw: null, added: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InspectionSampleDrawn': {
      const { batchId: _id, ...draw } = event.data;
      return { ...state, status: 'drawn', draw };
    }
    case 'SocietyAddedToInspection': {
      const { societyId, reason } = event.data;
      return { ...state, added: [...state.added, { societyId, reason }] };
    }
    case 'InspectionBatchClosed':
      return { ...state, status: 'closed' };
    default:
      return assertNever(event);
  }
}

export const inspectionBatchDecider: Decider<InspectionBatchCommand, Event, State> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
