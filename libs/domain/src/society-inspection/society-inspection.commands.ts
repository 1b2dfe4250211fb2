import type { Evidence } from '../shared/evidence';
import type { FindingSeverity } from './society-inspection.state';

/** The stream is one society in one batch; its first visit names both. */
export interface RecordInspectionVisit {
  readonly type: 'RecordInspectionVisit';
  readonly inspectionId: string;
  readonly batchId: string;
  readonly societyId: string;
  readonly visitedOn: string;
  readonly inspectorIds: readonly string[];
  readonly note?: string;
  /** Whether the society was drawn or added in the batch, looked up by the handler. */
  readonly societyInSample: boolean;
}

export interface RecordFinding {
  readonly type: 'RecordFinding';
  readonly inspectionId: string;
  readonly findingId: string;
  readonly category: string;
  readonly description: string;
  readonly severity: FindingSeverity;
}

export interface AddRectificationItem {
  readonly type: 'AddRectificationItem';
  readonly inspectionId: string;
  readonly itemId: string;
  readonly findingId: string;
  readonly action: string;
  readonly dueOn: string;
}

/** By the society: the item is done, with evidence. */
export interface ReportRectificationDone {
  readonly type: 'ReportRectificationDone';
  readonly inspectionId: string;
  readonly itemId: string;
  readonly note: string;
  readonly evidence: readonly Evidence[];
}

/** 销号: the inspector accepts the reported item. */
export interface AcceptRectification {
  readonly type: 'AcceptRectification';
  readonly inspectionId: string;
  readonly itemId: string;
  readonly inspectorId: string;
}

export interface ReturnRectification {
  readonly type: 'ReturnRectification';
  readonly inspectionId: string;
  readonly itemId: string;
  readonly inspectorId: string;
  readonly reason: string;
}

/** For an inspection that found nothing: otherwise the last acceptance closes it. */
export interface CloseSocietyInspection {
  readonly type: 'CloseSocietyInspection';
  readonly inspectionId: string;
}

export type SocietyInspectionCommand =
  | RecordInspectionVisit
  | RecordFinding
  | AddRectificationItem
  | ReportRectificationDone
  | AcceptRectification
  | ReturnRectification
  | CloseSocietyInspection;
