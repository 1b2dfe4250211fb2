import type { DomainEvent } from '../shared/decider';
import type { Evidence } from '../shared/evidence';
import type { FindingSeverity } from './society-inspection.state';

/** Every event names the batch and the society, so that audit filters find it by either. */
interface Inspection {
  inspectionId: string;
  batchId: string;
  societyId: string;
}

export type InspectionVisitRecorded = DomainEvent<
  'InspectionVisitRecorded',
  Inspection & { visitedOn: string; inspectorIds: string[]; note: string | null }
>;
export type InspectionFindingRecorded = DomainEvent<
  'InspectionFindingRecorded',
  Inspection & {
    findingId: string;
    category: string;
    description: string;
    severity: FindingSeverity;
  }
>;
export type RectificationItemAdded = DomainEvent<
  'RectificationItemAdded',
  Inspection & { itemId: string; findingId: string; action: string; dueOn: string }
>;
export type RectificationReported = DomainEvent<
  'RectificationReported',
  Inspection & { itemId: string; note: string; evidence: Evidence[] }
>;
export type RectificationAccepted = DomainEvent<
  'RectificationAccepted',
  Inspection & { itemId: string; inspectorId: string }
>;
export type RectificationReturned = DomainEvent<
  'RectificationReturned',
  Inspection & { itemId: string; inspectorId: string; reason: string }
>;
export type SocietyInspectionClosed = DomainEvent<'SocietyInspectionClosed', Inspection>;

export type SocietyInspectionEvent =
  | InspectionVisitRecorded
  | InspectionFindingRecorded
  | RectificationItemAdded
  | RectificationReported
  | RectificationAccepted
  | RectificationReturned
  | SocietyInspectionClosed;

export const SOCIETY_INSPECTION_EVENT_TYPES = [
  'InspectionVisitRecorded',
  'InspectionFindingRecorded',
  'RectificationItemAdded',
  'RectificationReported',
  'RectificationAccepted',
  'RectificationReturned',
  'SocietyInspectionClosed',
] as const satisfies readonly SocietyInspectionEvent['type'][];
