import { requireEvidence } from '../shared/evidence';
import { assertNever, type Decider } from '../shared/decider';
import { requireText } from '../shared/text';
import {
  ID_MAX,
  NOTE_MAX,
  optionalText,
  REASON_MAX,
  requireDate,
  requireOneOf,
  requireSameSubject,
  requireTextList,
} from '../shared/values';
import type {
  AcceptRectification,
  AddRectificationItem,
  CloseSocietyInspection,
  RecordFinding,
  RecordInspectionVisit,
  ReportRectificationDone,
  ReturnRectification,
  SocietyInspectionCommand,
} from './society-inspection.commands';
import {
  FindingAlreadyRecorded,
  FindingNotFound,
  RectificationAlreadyAccepted,
  RectificationDueBeforeVisit,
  RectificationItemAlreadyAdded,
  RectificationItemNotFound,
  RectificationNotReported,
  SocietyInspectionIsClosed,
  SocietyInspectionNotComplete,
  SocietyNotInSample,
  SocietyNotVisited,
} from './society-inspection.errors';
import type { SocietyInspectionEvent } from './society-inspection.events';
import { evolveSocietyInspection } from './society-inspection.evolve';
import {
  everyItemAccepted,
  FINDING_SEVERITIES,
  type SocietyInspectionState,
} from './society-inspection.state';

type Event = SocietyInspectionEvent;
type State = SocietyInspectionState;
type Inspection = Exclude<State, { status: 'none' }>;

const INSPECTORS_MAX = 20;
const CATEGORY_MAX = 50;
const DESCRIPTION_MAX = 2000;
const ACTION_MAX = 1000;

function open(state: State, inspectionId: string): Inspection {
  if (state.status === 'none') throw new SocietyNotVisited(inspectionId);
  if (state.status === 'closed') throw new SocietyInspectionIsClosed(inspectionId);
  return state;
}

function subject(inspectionId: string, { batchId, societyId }: Inspection) {
  return { inspectionId, batchId, societyId };
}

function itemOf(inspection: Inspection, itemId: string) {
  const item = inspection.items.find((candidate) => candidate.itemId === itemId);
  if (item === undefined) throw new RectificationItemNotFound(itemId);
  return item;
}

/** The item as the inspector finds it: reported, neither accepted nor still open. */
function reportedItem(inspection: Inspection, itemId: string) {
  const item = itemOf(inspection, itemId);
  if (item.status === 'accepted') throw new RectificationAlreadyAccepted(itemId);
  if (item.status !== 'reported') throw new RectificationNotReported(itemId);
  return item;
}

/** A finding's or an item's id, refused when the inspection has it already. */
function unusedId(
  field: string,
  value: string,
  used: readonly string[],
  Refusal: new (id: string) => Error,
): string {
  const id = requireText(field, value, ID_MAX);
  if (used.includes(id)) throw new Refusal(id);
  return id;
}

function recordVisit(command: RecordInspectionVisit, state: State): Event[] {
  const { inspectionId, batchId, societyId } = command;
  if (state.status === 'closed') throw new SocietyInspectionIsClosed(inspectionId);
  if (state.status === 'open')
    requireSameSubject(
      'SOCIETY_INSPECTION.OTHER_SUBJECT',
      { batchId: state.batchId, societyId: state.societyId },
      { batchId, societyId },
    );
  if (!command.societyInSample) throw new SocietyNotInSample(societyId);
  return [
    {
      type: 'InspectionVisitRecorded',
      data: {
        inspectionId,
        batchId: requireText('batchId', batchId, ID_MAX),
        societyId: requireText('societyId', societyId, ID_MAX),
        visitedOn: requireDate('visitedOn', command.visitedOn),
        inspectorIds: requireTextList('inspectorIds', command.inspectorIds, 1, INSPECTORS_MAX),
        note: optionalText('note', command.note, NOTE_MAX),
      },
    },
  ];
}

function recordFinding(command: RecordFinding, state: State): Event[] {
  const inspection = open(state, command.inspectionId);
  const used = inspection.findings.map((finding) => finding.findingId);
  const findingId = unusedId('findingId', command.findingId, used, FindingAlreadyRecorded);
  return [
    {
      type: 'InspectionFindingRecorded',
      data: {
        ...subject(command.inspectionId, inspection),
        findingId,
        category: requireText('category', command.category, CATEGORY_MAX),
        description: requireText('description', command.description, DESCRIPTION_MAX),
        severity: requireOneOf('severity', command.severity, FINDING_SEVERITIES),
      },
    },
  ];
}

function addItem(command: AddRectificationItem, state: State): Event[] {
  const inspection = open(state, command.inspectionId);
  const used = inspection.items.map((item) => item.itemId);
  const itemId = unusedId('itemId', command.itemId, used, RectificationItemAlreadyAdded);
  if (!inspection.findings.some((finding) => finding.findingId === command.findingId))
    throw new FindingNotFound(command.findingId);
  const dueOn = requireDate('dueOn', command.dueOn);
  const firstVisit = inspection.visits.map((visit) => visit.visitedOn).sort()[0] ?? dueOn;
  if (dueOn < firstVisit) throw new RectificationDueBeforeVisit(firstVisit);
  return [
    {
      type: 'RectificationItemAdded',
      data: {
        ...subject(command.inspectionId, inspection),
        itemId,
        findingId: command.findingId,
        action: requireText('action', command.action, ACTION_MAX),
        dueOn,
      },
    },
  ];
}

function reportDone(command: ReportRectificationDone, state: State): Event[] {
  const inspection = open(state, command.inspectionId);
  const item = itemOf(inspection, command.itemId);
  if (item.status === 'accepted') throw new RectificationAlreadyAccepted(item.itemId);
  return [
    {
      type: 'RectificationReported',
      data: {
        ...subject(command.inspectionId, inspection),
        itemId: item.itemId,
        note: requireText('note', command.note, NOTE_MAX),
        evidence: requireEvidence('evidence', command.evidence, 1),
      },
    },
  ];
}

/** The last acceptance closes the inspection in the same commit. */
function accept(command: AcceptRectification, state: State): Event[] {
  const inspection = open(state, command.inspectionId);
  const item = reportedItem(inspection, command.itemId);
  const about = subject(command.inspectionId, inspection);
  const accepted: Event = {
    type: 'RectificationAccepted',
    data: {
      ...about,
      itemId: item.itemId,
      inspectorId: requireText('inspectorId', command.inspectorId, ID_MAX),
    },
  };
  const after = evolveSocietyInspection(inspection, accepted);
  const complete = after.status !== 'none' && everyItemAccepted(after.findings, after.items);
  return complete ? [accepted, { type: 'SocietyInspectionClosed', data: about }] : [accepted];
}

function returnItem(command: ReturnRectification, state: State): Event[] {
  const inspection = open(state, command.inspectionId);
  const item = reportedItem(inspection, command.itemId);
  return [
    {
      type: 'RectificationReturned',
      data: {
        ...subject(command.inspectionId, inspection),
        itemId: item.itemId,
        inspectorId: requireText('inspectorId', command.inspectorId, ID_MAX),
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function close(command: CloseSocietyInspection, state: State): Event[] {
  const inspection = open(state, command.inspectionId);
  if (!everyItemAccepted(inspection.findings, inspection.items))
    throw new SocietyInspectionNotComplete();
  return [{ type: 'SocietyInspectionClosed', data: subject(command.inspectionId, inspection) }];
}

function decide(command: SocietyInspectionCommand, state: State): Event[] {
  switch (command.type) {
    case 'RecordInspectionVisit':
      return recordVisit(command, state);
    case 'RecordFinding':
      return recordFinding(command, state);
    case 'AddRectificationItem':
      return addItem(command, state);
    case 'ReportRectificationDone':
      return reportDone(command, state);
    case 'AcceptRectification':
      return accept(command, state);
    case 'ReturnRectification':
      return returnItem(command, state);
    case 'CloseSocietyInspection':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

export const societyInspectionDecider: Decider<SocietyInspectionCommand, Event, State> = {
  initialState: () => ({ status: 'none' }),
  evolve: evolveSocietyInspection,
  decide: (command, state) => decide(command, state),
};
