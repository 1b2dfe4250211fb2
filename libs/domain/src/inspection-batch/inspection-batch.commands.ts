import type { InspectionPlan } from './inspection-batch.state';

export interface PlanInspectionBatch extends InspectionPlan {
  readonly type: 'PlanInspectionBatch';
  readonly batchId: string;
}

/** 随机抽取: the handler states the population's order and generates the seed. */
export interface DrawInspectionSample {
  readonly type: 'DrawInspectionSample';
  readonly batchId: string;
  readonly population: readonly string[];
  /** 16 hexadecimal digits. */
  readonly seed: string;
  /** The planned size when absent. */
  readonly sampleSize?: number;
}

export interface AddSocietyToInspection {
  readonly type: 'AddSocietyToInspection';
  readonly batchId: string;
  readonly societyId: string;
  readonly reason: string;
  /** The society's standing in the register, looked up by the handler. */
  readonly societyStatus: 'unregistered' | 'registered' | 'deregistered';
}

export interface CloseInspectionBatch {
  readonly type: 'CloseInspectionBatch';
  readonly batchId: string;
  /** Whether every sampled society's inspection is closed, looked up by the handler. */
  readonly everyInspectionClosed: boolean;
}

export type InspectionBatchCommand =
  PlanInspectionBatch | DrawInspectionSample | AddSocietyToInspection | CloseInspectionBatch;
