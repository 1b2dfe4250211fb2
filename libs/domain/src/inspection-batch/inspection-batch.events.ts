import type { DomainEvent } from '../shared/decider';

export type InspectionBatchPlanned = DomainEvent<
  'InspectionBatchPlanned',
  {
    batchId: string;
    title: string;
    focus: string[];
    populationCriterion: string;
    inspectorIds: string[];
    sampleSize: number;
  }
>;
/** Everything the rerun needs: the population in its stated order, the size, the seed, the algorithm. */
export type InspectionSampleDrawn = DomainEvent<
  'InspectionSampleDrawn',
  {
    batchId: string;
    population: string[];
    sampleSize: number;
    seed: string;
    algorithm: string;
    /** The selection, in the order drawn. */
    societyIds: string[];
  }
>;
export type SocietyAddedToInspection = DomainEvent<
  'SocietyAddedToInspection',
  { batchId: string; societyId: string; reason: string }
>;
export type InspectionBatchClosed = DomainEvent<'InspectionBatchClosed', { batchId: string }>;

export type InspectionBatchEvent =
  InspectionBatchPlanned | InspectionSampleDrawn | SocietyAddedToInspection | InspectionBatchClosed;

export const INSPECTION_BATCH_EVENT_TYPES = [
  'InspectionBatchPlanned',
  'InspectionSampleDrawn',
  'SocietyAddedToInspection',
  'InspectionBatchClosed',
] as const satisfies readonly InspectionBatchEvent['type'][];
