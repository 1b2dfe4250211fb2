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
import { ServiceTaskAlreadyProposed, ServiceTaskNotFound } from './service-task.errors';
import type { ServiceTaskEvent } from './service-task.events';
import type { ServiceTaskIds, ServiceTaskState, ServiceTaskStatus } from './service-task.state';

/** A rating below this is unsatisfied and reopens the task (退回重办). */
export const SATISFIED_FROM = 3;
const RAISED_BY_MAX = 100;
const BENEFICIARIES_MAX = 100_000_000;
const RATERS_MAX = 10_000_000;
const OPEN: readonly ServiceTaskStatus[] = ['proposed', 'in-progress'];

function inStatus(
  state: ServiceTaskState,
  taskId: string,
  allowed: readonly ServiceTaskStatus[],
  code: string,
) {
  if (state.status === 'none') throw new ServiceTaskNotFound(taskId);
  if (!allowed.includes(state.status))
    throw new RuleBroken(
      code,
      `service task ${taskId} is ${state.status}, not ${allowed.join(' or ')}`,
    );
  return state;
}

function ids(task: ServiceTaskIds): ServiceTaskIds {
  return { taskId: task.taskId, societyId: task.societyId, campaignId: task.campaignId };
}

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

/** An unsatisfied rating reopens the task in the same commit (退回重办). */
function evaluateServiceTask(
  command: EvaluateServiceTask,
  state: ServiceTaskState,
): ServiceTaskEvent[] {
  const task = inStatus(state, command.taskId, ['completed'], 'SERVICE_TASK.NOT_COMPLETED');
  const rating = requireWholeNumber('rating', command.rating, 1, 5);
  const satisfied = rating >= SATISFIED_FROM;
  const evaluated: ServiceTaskEvent = {
    type: 'ServiceTaskEvaluated',
    data: {
      ...ids(task),
      rating,
      raters: requireWholeNumber('raters', command.raters, 1, RATERS_MAX),
      comment: optionalText('comment', command.comment, SUMMARY_MAX),
      satisfied,
    },
  };
  if (satisfied) return [evaluated];
  return [
    evaluated,
    { type: 'ServiceTaskReopened', data: { ...ids(task), reason: '群众评价不满意，退回重办' } },
  ];
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
    return { ...ids(event.data), status: 'proposed', escalated: false, dueOn: null };
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
