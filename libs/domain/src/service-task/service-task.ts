import { assertNever, type Decider, type DomainEvent } from '../shared/decider';
import { Conflict, NotFound, RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import {
  optionalText,
  REASON_MAX,
  requireDate,
  requireWholeNumber,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../shared/values';

/** 服务对象: 科技工作者, 分支机构, 会员单位, 地方学会, 干部职工. */
export const BENEFICIARY_GROUPS = [
  'science-workers',
  'branches',
  'member-units',
  'local-societies',
  'staff',
] as const;
export type BeneficiaryGroup = (typeof BENEFICIARY_GROUPS)[number];

/** 立刻办 immediate, 限期办 deadline, 分期办 phased. */
export const URGENCIES = ['immediate', 'deadline', 'phased'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** A rating below this is unsatisfied and reopens the task (退回重办). */
export const SATISFIED_FROM = 3;

/** What the handler looked up when a task is proposed. */
export interface ProposeFacts {
  readonly societyStatus: 'unregistered' | 'registered' | 'deregistered';
  /** null when the task belongs to no campaign. */
  readonly campaignStatus: 'none' | 'draft' | 'launched' | 'closed' | null;
}

export type ServiceTaskCommand =
  | ({
      readonly type: 'ProposeServiceTask';
      readonly taskId: string;
      readonly societyId: string;
      readonly campaignId?: string;
      readonly title: string;
      readonly need: string;
      readonly raisedBy: string;
      readonly beneficiary: BeneficiaryGroup;
    } & ProposeFacts)
  | {
      readonly type: 'AcceptServiceTask';
      readonly taskId: string;
      readonly dueOn: string;
      readonly urgency: Urgency;
    }
  | { readonly type: 'RecordServiceTaskProgress'; readonly taskId: string; readonly note: string }
  | {
      readonly type: 'CompleteServiceTask';
      readonly taskId: string;
      readonly outcome: string;
      readonly beneficiaries: number;
      readonly completedOn: string;
    }
  | {
      readonly type: 'EvaluateServiceTask';
      readonly taskId: string;
      readonly rating: number;
      readonly raters: number;
      readonly comment?: string;
    }
  | { readonly type: 'CancelServiceTask'; readonly taskId: string; readonly reason: string }
  | { readonly type: 'EscalateServiceTask'; readonly taskId: string; readonly reason: string };

interface TaskIds {
  taskId: string;
  societyId: string;
  campaignId: string | null;
}

export type ServiceTaskEvent =
  | DomainEvent<
      'ServiceTaskProposed',
      TaskIds & { title: string; need: string; raisedBy: string; beneficiary: BeneficiaryGroup }
    >
  | DomainEvent<'ServiceTaskAccepted', TaskIds & { dueOn: string; urgency: Urgency }>
  | DomainEvent<'ServiceTaskProgressRecorded', TaskIds & { note: string }>
  | DomainEvent<
      'ServiceTaskCompleted',
      TaskIds & { outcome: string; beneficiaries: number; completedOn: string }
    >
  | DomainEvent<
      'ServiceTaskEvaluated',
      TaskIds & { rating: number; raters: number; comment: string | null; satisfied: boolean }
    >
  | DomainEvent<'ServiceTaskReopened', TaskIds & { reason: string }>
  | DomainEvent<'ServiceTaskCancelled', TaskIds & { reason: string }>
  | DomainEvent<'ServiceTaskEscalated', TaskIds & { reason: string }>;

export type ServiceTaskStatus =
  'proposed' | 'in-progress' | 'completed' | 'evaluated' | 'cancelled';

export type ServiceTaskState =
  | { readonly status: 'none' }
  | (TaskIds & {
      readonly status: ServiceTaskStatus;
      readonly escalated: boolean;
      readonly dueOn: string | null;
    });

export class ServiceTaskNotFound extends NotFound {
  constructor(taskId: string) {
    super('SERVICE_TASK.NOT_FOUND', `service task ${taskId} does not exist`);
  }
}

function existing(state: ServiceTaskState, taskId: string) {
  if (state.status === 'none') throw new ServiceTaskNotFound(taskId);
  return state;
}

function inStatus(
  state: ServiceTaskState,
  taskId: string,
  allowed: readonly ServiceTaskStatus[],
  code: string,
) {
  const task = existing(state, taskId);
  if (!allowed.includes(task.status))
    throw new RuleBroken(
      code,
      `service task ${taskId} is ${task.status}, not ${allowed.join(' or ')}`,
    );
  return task;
}

function ids(task: TaskIds): TaskIds {
  return { taskId: task.taskId, societyId: task.societyId, campaignId: task.campaignId };
}

function decide(command: ServiceTaskCommand, state: ServiceTaskState): ServiceTaskEvent[] {
  const { taskId } = command;
  switch (command.type) {
    case 'ProposeServiceTask': {
      if (state.status !== 'none')
        throw new Conflict('SERVICE_TASK.ALREADY_EXISTS', `service task ${taskId} already exists`);
      if (command.societyStatus === 'unregistered')
        throw new NotFound('SOCIETY.NOT_FOUND', `society ${command.societyId} does not exist`);
      if (command.societyStatus === 'deregistered')
        throw new RuleBroken(
          'SOCIETY.DEREGISTERED',
          `society ${command.societyId} is deregistered`,
          'societyId',
        );
      if (command.campaignStatus === 'none')
        throw new NotFound('CAMPAIGN.NOT_FOUND', `campaign ${command.campaignId} does not exist`);
      if (command.campaignStatus === 'closed')
        throw new RuleBroken(
          'CAMPAIGN.CLOSED',
          `campaign ${command.campaignId} is closed and takes no new tasks`,
          'campaignId',
        );
      return [
        {
          type: 'ServiceTaskProposed',
          data: {
            taskId,
            societyId: command.societyId,
            campaignId: command.campaignId ?? null,
            title: requireText('title', command.title, TITLE_MAX),
            need: requireText('need', command.need, SUMMARY_MAX),
            raisedBy: requireText('raisedBy', command.raisedBy, 100),
            beneficiary: command.beneficiary,
          },
        },
      ];
    }
    case 'AcceptServiceTask': {
      const task = inStatus(state, taskId, ['proposed'], 'SERVICE_TASK.NOT_PROPOSED');
      return [
        {
          type: 'ServiceTaskAccepted',
          data: {
            ...ids(task),
            dueOn: requireDate('dueOn', command.dueOn),
            urgency: command.urgency,
          },
        },
      ];
    }
    case 'RecordServiceTaskProgress': {
      const task = inStatus(state, taskId, ['in-progress'], 'SERVICE_TASK.NOT_IN_PROGRESS');
      return [
        {
          type: 'ServiceTaskProgressRecorded',
          data: { ...ids(task), note: requireText('note', command.note, SUMMARY_MAX) },
        },
      ];
    }
    case 'CompleteServiceTask': {
      const task = inStatus(state, taskId, ['in-progress'], 'SERVICE_TASK.NOT_IN_PROGRESS');
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
              100_000_000,
            ),
            completedOn: requireDate('completedOn', command.completedOn),
          },
        },
      ];
    }
    case 'EvaluateServiceTask': {
      const task = inStatus(state, taskId, ['completed'], 'SERVICE_TASK.NOT_COMPLETED');
      const rating = requireWholeNumber('rating', command.rating, 1, 5);
      const satisfied = rating >= SATISFIED_FROM;
      const evaluated: ServiceTaskEvent = {
        type: 'ServiceTaskEvaluated',
        data: {
          ...ids(task),
          rating,
          raters: requireWholeNumber('raters', command.raters, 1, 10_000_000),
          comment: optionalText('comment', command.comment, SUMMARY_MAX),
          satisfied,
        },
      };
      return satisfied
        ? [evaluated]
        : [
            evaluated,
            {
              type: 'ServiceTaskReopened',
              data: { ...ids(task), reason: '群众评价不满意，退回重办' },
            },
          ];
    }
    case 'CancelServiceTask': {
      const task = inStatus(state, taskId, ['proposed', 'in-progress'], 'SERVICE_TASK.NOT_OPEN');
      return [
        {
          type: 'ServiceTaskCancelled',
          data: { ...ids(task), reason: requireText('reason', command.reason, REASON_MAX) },
        },
      ];
    }
    case 'EscalateServiceTask': {
      const task = inStatus(state, taskId, ['proposed', 'in-progress'], 'SERVICE_TASK.NOT_OPEN');
      if (task.escalated) return [];
      return [
        {
          type: 'ServiceTaskEscalated',
          data: { ...ids(task), reason: requireText('reason', command.reason, REASON_MAX) },
        },
      ];
    }
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
  decide: (command, state) => decide(command, state),
};
