import { assertNever } from '../shared/decider';
import type { SocietyInspectionEvent } from './society-inspection.events';
import type { RectificationItem, SocietyInspectionState } from './society-inspection.state';

type State = SocietyInspectionState;

function withItem(
  state: Exclude<State, { status: 'none' }>,
  itemId: string,
  change: Partial<RectificationItem>,
): State {
  return {
    ...state,
    items: state.items.map((item) => (item.itemId === itemId ? { ...item, ...change } : item)),
  };
}

/** Kept apart from the decider, which folds an acceptance ahead to see whether it is the last. */
export function evolveSocietyInspection(state: State, event: SocietyInspectionEvent): State {
  if (event.type === 'InspectionVisitRecorded') {
    const { batchId, societyId, visitedOn, inspectorIds, note } = event.data;
    const visit = { visitedOn, inspectorIds, note };
    return state.status === 'none'
      ? { status: 'open', batchId, societyId, visits: [visit], findings: [], items: [] }
      : { ...state, visits: [...state.visits, visit] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InspectionFindingRecorded': {
      const { findingId, category, description, severity } = event.data;
      return {
        ...state,
        findings: [...state.findings, { findingId, category, description, severity }],
      };
    }
    case 'RectificationItemAdded': {
      const { itemId, findingId, action, dueOn } = event.data;
      const item: RectificationItem = {
        itemId,
        findingId,
        action,
        dueOn,
        status: 'open',
        report: null,
        returnReason: null,
        acceptedBy: null,
      };
      return { ...state, items: [...state.items, item] };
    }
    case 'RectificationReported': {
      const { itemId, note, evidence } = event.data;
      return withItem(state, itemId, { status: 'reported', report: { note, evidence } });
    }
    case 'RectificationAccepted':
      return withItem(state, event.data.itemId, {
        status: 'accepted',
        acceptedBy: event.data.inspectorId,
      });
    case 'RectificationReturned':
      return withItem(state, event.data.itemId, {
        status: 'returned',
        returnReason: event.data.reason,
      });
    case 'SocietyInspectionClosed':
      return { ...state, status: 'closed' };
    default:
      return assertNever(event);
  }
}
