import { idInStream, isEventOfStream, type EnvelopeOf } from '@pb/contracts';
import type {
  Evidence,
  FindingSeverity,
  RectificationStatus,
  SocietyInspectionEvent,
} from '@pb/domain';
import type { EntityDocument, EntityProjection } from '../projection';

export interface RectificationItemView {
  readonly itemId: string;
  readonly findingId: string;
  readonly action: string;
  readonly dueOn: string;
  readonly status: RectificationStatus;
  /** Every report of the society that the item is done, oldest first. */
  readonly reports: readonly { note: string; evidence: readonly Evidence[]; at: string }[];
  /** Every return by an inspector, oldest first. */
  readonly returns: readonly { reason: string; inspectorId: string; at: string }[];
  readonly acceptedBy: string | null;
  readonly acceptedAt: string | null;
}

/** One society's inspection in one batch (`_id` = the inspection id, derived from both). */
export interface InspectionCaseView extends EntityDocument {
  readonly inspectionId: string;
  readonly batchId: string;
  readonly societyId: string;
  readonly status: 'open' | 'closed';
  readonly visits: readonly {
    visitedOn: string;
    inspectorIds: readonly string[];
    note: string | null;
  }[];
  readonly findings: readonly {
    findingId: string;
    category: string;
    description: string;
    severity: FindingSeverity;
  }[];
  readonly items: readonly RectificationItemView[];
  readonly closedAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The items with one of them changed. */
function withItem(
  items: readonly RectificationItemView[],
  itemId: string,
  change: (item: RectificationItemView) => Partial<RectificationItemView>,
): RectificationItemView[] {
  return items.map((item) => (item.itemId === itemId ? { ...item, ...change(item) } : item));
}

export const inspectionCaseProjection: EntityProjection<
  InspectionCaseView,
  EnvelopeOf<SocietyInspectionEvent>
> = {
  spec: {
    name: 'inspection_cases',
    indexes: ['batchId', 'societyId'],
    lookups: ['batchId', 'societyId'],
  },
  handles: isEventOfStream<SocietyInspectionEvent>('inspection-case'),
  documentId: (event) => idInStream(event.streamId),
  apply(doc, event) {
    const touched = { version: event.seq, updatedAt: event.recordedAt };
    const at = event.recordedAt;
    switch (event.type) {
      case 'InspectionVisitRecorded': {
        const { inspectionId, batchId, societyId, visitedOn, inspectorIds, note } = event.data;
        const visit = { visitedOn, inspectorIds, note };
        if (doc) return { ...doc, visits: [...doc.visits, visit], ...touched };
        return {
          _id: inspectionId,
          inspectionId,
          batchId,
          societyId,
          status: 'open',
          visits: [visit],
          findings: [],
          items: [],
          closedAt: null,
          createdAt: at,
          ...touched,
        };
      }
      case 'InspectionFindingRecorded': {
        const { findingId, category, description, severity } = event.data;
        const finding = { findingId, category, description, severity };
        return doc && { ...doc, findings: [...doc.findings, finding], ...touched };
      }
      case 'RectificationItemAdded': {
        const { itemId, findingId, action, dueOn } = event.data;
        const item: RectificationItemView = {
          itemId,
          findingId,
          action,
          dueOn,
          status: 'open',
          reports: [],
          returns: [],
          acceptedBy: null,
          acceptedAt: null,
        };
        return doc && { ...doc, items: [...doc.items, item], ...touched };
      }
      case 'RectificationReported': {
        const { note, evidence } = event.data;
        return (
          doc && {
            ...doc,
            items: withItem(doc.items, event.data.itemId, (item) => ({
              status: 'reported',
              reports: [...item.reports, { note, evidence, at }],
            })),
            ...touched,
          }
        );
      }
      case 'RectificationAccepted': {
        const { inspectorId } = event.data;
        return (
          doc && {
            ...doc,
            items: withItem(doc.items, event.data.itemId, () => ({
              status: 'accepted',
              acceptedBy: inspectorId,
              acceptedAt: at,
            })),
            ...touched,
          }
        );
      }
      case 'RectificationReturned': {
        const { reason, inspectorId } = event.data;
        return (
          doc && {
            ...doc,
            items: withItem(doc.items, event.data.itemId, (item) => ({
              status: 'returned',
              returns: [...item.returns, { reason, inspectorId, at }],
            })),
            ...touched,
          }
        );
      }
      case 'SocietyInspectionClosed':
        return doc && { ...doc, status: 'closed', closedAt: at, ...touched };
      default:
        return doc && { ...doc, ...touched };
    }
  },
};
