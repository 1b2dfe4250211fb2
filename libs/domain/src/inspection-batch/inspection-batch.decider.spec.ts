import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import type { DrawInspectionSample, PlanInspectionBatch } from './inspection-batch.commands';
import { inspectionBatchDecider } from './inspection-batch.decider';
import { DRAW_ALGORITHM, drawSample } from './inspection-batch.draw';
import type { InspectionBatchEvent } from './inspection-batch.events';
import { sampledSocieties } from './inspection-batch.state';

const spec = specFor(inspectionBatchDecider);
const batchId = 'batch-2026-1';
const population = Array.from(
  { length: 12 },
  (_, i) => `society-${String(i + 1).padStart(2, '0')}`,
);
const seed = '9c3e5a7f1d2b4860';
const drawnIds = ['society-05', 'society-12', 'society-07', 'society-09'];
const planBatch: PlanInspectionBatch = {
  type: 'PlanInspectionBatch',
  batchId,
  title: '2026年第一批学会党委督导',
  focus: ['学习宣传贯彻党的十九大精神', '党委工作和议事制度', '前置审议“三重一大”事项'],
  populationCriterion: '已登记且设立党委的学会',
  inspectorIds: ['member-a', 'member-b'],
  sampleSize: 4,
};
const planned: InspectionBatchEvent = {
  type: 'InspectionBatchPlanned',
  data: {
    batchId,
    title: planBatch.title,
    focus: [...planBatch.focus],
    populationCriterion: planBatch.populationCriterion,
    inspectorIds: ['member-a', 'member-b'],
    sampleSize: 4,
  },
};
const drawSampleCommand: DrawInspectionSample = {
  type: 'DrawInspectionSample',
  batchId,
  population,
  seed,
};
const drawn: InspectionBatchEvent = {
  type: 'InspectionSampleDrawn',
  data: {
    batchId,
    population,
    sampleSize: 4,
    seed,
    algorithm: DRAW_ALGORITHM,
    societyIds: drawnIds,
  },
};
const added: InspectionBatchEvent = {
  type: 'SocietyAddedToInspection',
  data: { batchId, societyId: 'society-01', reason: '群众来信反映党委会长期未召开' },
};

describe('inspection batch decider', () => {
  describe('PlanInspectionBatch', () => {
    it('plans a batch with its focus, population, inspectors and sample size', () =>
      spec.given().when(planBatch).then([planned]));

    it('refuses to plan the same batch twice', () =>
      spec.given([planned]).when(planBatch).thenFails('INSPECTION_BATCH.ALREADY_EXISTS'));

    it('refuses a batch without focus or inspectors, and an inspector named twice', () => {
      spec
        .given()
        .when({ ...planBatch, focus: [] })
        .thenFails('LIST.LENGTH_OUT_OF_RANGE', 'focus');
      spec
        .given()
        .when({ ...planBatch, inspectorIds: [] })
        .thenFails('LIST.LENGTH_OUT_OF_RANGE', 'inspectorIds');
      spec
        .given()
        .when({ ...planBatch, inspectorIds: ['member-a', 'member-a'] })
        .thenFails('LIST.REPEATED', 'inspectorIds[1]');
    });

    it('refuses a sample size that is not a whole number from 1', () => {
      spec
        .given()
        .when({ ...planBatch, sampleSize: 0 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'sampleSize');
      spec
        .given()
        .when({ ...planBatch, sampleSize: 2.5 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'sampleSize');
    });
  });

  describe('DrawInspectionSample', () => {
    it('records the population in its stated order, the size, the seed, the algorithm and the selection', () => {
      spec.given([planned]).when(drawSampleCommand).then([drawn]);
      expect(drawnIds).toEqual(drawSample(population, 4, seed));
    });

    it('draws another size when told, and writes the seed in lower case', () =>
      spec
        .given([planned])
        .when({ ...drawSampleCommand, sampleSize: 2, seed: seed.toUpperCase() })
        .then([
          { ...drawn, data: { ...drawn.data, sampleSize: 2, societyIds: drawnIds.slice(0, 2) } },
        ]));

    it('refuses a second draw: the first one stands', () =>
      spec
        .given([planned, drawn])
        .when(drawSampleCommand)
        .thenFails('INSPECTION_BATCH.ALREADY_DRAWN'));

    it('refuses a seed that is not 16 hexadecimal digits', () => {
      for (const bad of ['9c3e5a7f1d2b486', '9c3e5a7f1d2b4860a', '9c3e5a7f1d2b486g'])
        spec
          .given([planned])
          .when({ ...drawSampleCommand, seed: bad })
          .thenFails('INSPECTION_BATCH.SEED_INVALID', 'seed');
    });

    it('refuses a sample larger than the population and a population that repeats a society', () => {
      spec
        .given([planned])
        .when({ ...drawSampleCommand, population: population.slice(0, 3) })
        .thenFails('INSPECTION_BATCH.SAMPLE_TOO_LARGE', 'sampleSize');
      spec
        .given([planned])
        .when({ ...drawSampleCommand, population: [...population, 'society-03'] })
        .thenFails('LIST.REPEATED', 'population[12]');
    });

    it('refuses a draw for an unknown batch', () =>
      spec.given().when(drawSampleCommand).thenFails('INSPECTION_BATCH.NOT_FOUND'));
  });

  describe('AddSocietyToInspection', () => {
    const add = {
      type: 'AddSocietyToInspection',
      batchId,
      societyId: 'society-01',
      reason: '群众来信反映党委会长期未召开',
      societyStatus: 'registered',
    } as const;

    it('adds a society by name with the reason, listed as added and not drawn', () => {
      spec.given([planned, drawn]).when(add).then([added]);
      expect(sampledSocieties(fold(inspectionBatchDecider, [planned, drawn, added]))).toEqual([
        ...drawnIds.map((societyId) => ({ societyId, how: 'drawn', reason: null })),
        { societyId: 'society-01', how: 'added', reason: '群众来信反映党委会长期未召开' },
      ]);
    });

    it('refuses a society already drawn or added', () => {
      spec
        .given([planned, drawn])
        .when({ ...add, societyId: 'society-07' })
        .thenFails('INSPECTION_BATCH.ALREADY_IN_SAMPLE', 'societyId');
      spec
        .given([planned, drawn, added])
        .when(add)
        .thenFails('INSPECTION_BATCH.ALREADY_IN_SAMPLE', 'societyId');
    });

    it('refuses a society the register does not know, or has deregistered', () => {
      spec
        .given([planned, drawn])
        .when({ ...add, societyStatus: 'unregistered' })
        .thenFails('SOCIETY.NOT_FOUND');
      spec
        .given([planned, drawn])
        .when({ ...add, societyStatus: 'deregistered' })
        .thenFails('SOCIETY.DEREGISTERED');
    });

    it('refuses to add before the draw, and without a reason', () => {
      spec.given([planned]).when(add).thenFails('INSPECTION_BATCH.NOT_DRAWN');
      spec
        .given([planned, drawn])
        .when({ ...add, reason: '\u3000' })
        .thenFails('TEXT.EMPTY', 'reason');
    });
  });

  describe('CloseInspectionBatch', () => {
    const close = { type: 'CloseInspectionBatch', batchId, everyInspectionClosed: true } as const;
    const closed: InspectionBatchEvent = { type: 'InspectionBatchClosed', data: { batchId } };

    it('closes the batch once every sampled society’s inspection is closed', () =>
      spec.given([planned, drawn, added]).when(close).then([closed]));

    it('refuses to close while an inspection is open or before the draw', () => {
      spec
        .given([planned, drawn])
        .when({ ...close, everyInspectionClosed: false })
        .thenFails('INSPECTION_BATCH.INSPECTIONS_OPEN');
      spec.given([planned]).when(close).thenFails('INSPECTION_BATCH.NOT_DRAWN');
    });

    it('refuses any change to a closed batch', () => {
      spec.given([planned, drawn, closed]).when(close).thenFails('INSPECTION_BATCH.CLOSED');
      spec
        .given([planned, drawn, closed])
        .when({
          type: 'AddSocietyToInspection',
          batchId,
          societyId: 'society-02',
          reason: '补充',
          societyStatus: 'registered',
        })
        .thenFails('INSPECTION_BATCH.CLOSED');
    });
  });
});
