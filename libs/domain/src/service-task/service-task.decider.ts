import { assertNever, type Decider } from '../shared/decider';
import { RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import {
  optionalText,
  REASON_MAX,
  requireDate,
  requireWholeNumber,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../shared/values';
import { CampaignNotFound } from '../campaign';
import { SocietyNotFound } from '../society';
import type {
  AcceptServiceTask,
  CancelServiceTask,
  CompleteServiceTask,
  EscalateServiceTask,
  EvaluateServiceTask,
  ProposeServiceTask,
  RecordServiceTaskProgress,
  ServiceTaskCommand,
} from './service-task.commands';
import { ServiceTaskAlreadyProposed } from './service-task.errors';
import { castBallot, closeRating, openRating, ratingAfter } from './service-task.rating';
import { evaluation, ids, inStatus } from './service-task.rules';
import type { ServiceTaskEvent } from './service-task.events';
import type { ServiceTaskState, ServiceTaskStatus } from './service-task.state';

const RAISED_BY_MAX = 100;
const BENEFICIARIES_MAX = 100_000_000;
const RATERS_MAX = 10_000_000;
const OPEN: readonly ServiceTaskStatus[] = ['proposed', 'in-progress'];

/** The rules across aggregates (ADR 4), on the facts the handler looked up. */
function checkProposeFacts(command: ProposeServiceTask) {
  if (command.societyStatus === 'unregistered') throw new SocietyNotFound(command.societyId);
  if (command.societyStatus === 'deregistered')
    throw new RuleBroken(
      'SOCIETY.DEREGISTERED',
      `society ${command.societyId} is deregistered`,
      'societyId',
    );
  if (command.campaignStatus === 'none') throw new CampaignNotFound(String(command.campaignId));
  if (command.campaignStatus === 'closed')
    throw new RuleBroken(
      'CAMPAIGN.CLOSED',
      `campaign ${command.campaignId} is closed and takes no new tasks`,
      'campaignId',
    );
}

function proposeServiceTask(
  command: ProposeServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  if (state.status !== 'none') throw new ServiceTaskAlreadyProposed(command.taskId);
  checkProposeFacts(command);
  return [
    {
      type: 'ServiceTaskProposed',
      data: {
        taskId: command.taskId,
        societyId: command.societyId,
        campaignId: command.campaignId ?? null,
        title: requireText('title', command.title, TITLE_MAX),
        need: requireText('need', command.need, SUMMARY_MAX),
        raisedBy: requireText('raisedBy', command.raisedBy, RAISED_BY_MAX),
        beneficiary: command.beneficiary,
      },
    },
  ];
}

function acceptServiceTask(
  command: AcceptServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, ['proposed'], 'SERVICE_TASK.NOT_PROPOSED');
  return [
    {
      type: 'ServiceTaskAccepted',
      data: { ...ids(task), dueOn: requireDate('dueOn', command.dueOn), urgency: command.urgency },
    },
  ];
}

function recordServiceTaskProgress(
  command: RecordServiceTaskProgress,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, ['in-progress'], 'SERVICE_TASK.NOT_IN_PROGRESS');
  return [
    {
      type: 'ServiceTaskProgressRecorded',
      data: { ...ids(task), note: requireText('note', command.note, SUMMARY_MAX) },
    },
  ];
}

function completeServiceTask(
  command: CompleteServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, ['in-progress'], 'SERVICE_TASK.NOT_IN_PROGRESS');
  return [
    {
      type: 'ServiceTaskCompleted',
      data: {
        ...ids(task),
        outcome: requireText('outcome', command.outcome, SUMMARY_MAX),
        beneficiaries: requireWholeNumber(
          'beneficiaries',
          command.beneficiaries,
          0,
          BENEFICIARIES_MAX,
        ),
        completedOn: requireDate('completedOn', command.completedOn),
      },
    },
  ];
}

/** The society reports the people's rating; an unsatisfied one reopens the task (退回重办). */
function evaluateServiceTask(
  command: EvaluateServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, ['completed'], 'SERVICE_TASK.NOT_COMPLETED');
  if (task.rating?.open)
    throw new RuleBroken(
      'RATING.OPEN',
      `the people are rating service task ${command.taskId}: close the rating instead`,
    );
  return evaluation(
    task,
    requireWholeNumber('rating', command.rating, 1, 5),
    requireWholeNumber('raters', command.raters, 1, RATERS_MAX),
    optionalText('comment', command.comment, SUMMARY_MAX),
    'reported',
  );
}

function cancelServiceTask(
  command: CancelServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, OPEN, 'SERVICE_TASK.NOT_OPEN');
  return [
    {
      type: 'ServiceTaskCancelled',
      data: { ...ids(task), reason: requireText('reason', command.reason, REASON_MAX) },
    },
  ];
}

function escalateServiceTask(
  command: EscalateServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, OPEN, 'SERVICE_TASK.NOT_OPEN');
  if (task.escalated) return [];
  return [
    {
      type: 'ServiceTaskEscalated',
      data: { ...ids(task), reason: requireText('reason', command.reason, REASON_MAX) },
    },
  ];
}

function decide(command: ServiceTaskCommand, state: ServiceTaskState): ServiceTaskEvent[] {
  switch (command.type) {
    case 'ProposeServiceTask':
      return proposeServiceTask(command, state);
    case 'AcceptServiceTask':
      return acceptServiceTask(command, state);
    case 'RecordServiceTaskProgress':
      return recordServiceTaskProgress(command, state);
    case 'CompleteServiceTask':
      return completeServiceTask(command, state);
    case 'EvaluateServiceTask':
      return evaluateServiceTask(command, state);
    case 'OpenServiceTaskRating':
      return openRating(command, state);
    case 'CastServiceTaskBallot':
      return castBallot(command, state);
    case 'CloseServiceTaskRating':
      return closeRating(command, state);
    case 'CancelServiceTask':
      return cancelServiceTask(command, state);
    case 'EscalateServiceTask':
      return escalateServiceTask(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: ServiceTaskState, event: ServiceTaskEvent): ServiceTaskState {
  if (event.type === 'ServiceTaskProposed')
    return { ...ids(event.data), status: 'proposed', escalated: false, dueOn: null, rating: null };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ServiceTaskAccepted':
      return { ...state, status: 'in-progress', dueOn: event.data.dueOn };
    case 'ServiceTaskProgressRecorded':
      return state;
    case 'ServiceTaskCompleted':
      return { ...state, status: 'completed', escalated: false };
    case 'ServiceTaskEvaluated':
      return { ...state, status: 'evaluated' };
    case 'ServiceTaskRatingOpened':
    case 'ServiceTaskBallotCast':
    case 'ServiceTaskRatingClosed':
      return { ...state, rating: ratingAfter(state.rating, event) };
    case 'ServiceTaskReopened':
      return { ...state, status: 'in-progress' };
    case 'ServiceTaskCancelled':
      return { ...state, status: 'cancelled', escalated: false };
    case 'ServiceTaskEscalated':
      return { ...state, escalated: true };
    default:
      return assertNever(event);
  }
}

export const serviceTaskDecider: Decider<ServiceTaskCommand, ServiceTaskEvent, ServiceTaskState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
