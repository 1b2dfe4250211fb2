import type { DomainEvent } from '../shared/decider';
import type { BeneficiaryGroup, ServiceTaskIds, Urgency } from './service-task.state';

export type ServiceTaskProposed = DomainEvent<
  'ServiceTaskProposed',
  ServiceTaskIds & { title: string; need: string; raisedBy: string; beneficiary: BeneficiaryGroup }
>;
export type ServiceTaskAccepted = DomainEvent<
  'ServiceTaskAccepted',
  ServiceTaskIds & { dueOn: string; urgency: Urgency }
>;
export type ServiceTaskProgressRecorded = DomainEvent<
  'ServiceTaskProgressRecorded',
  ServiceTaskIds & { note: string }
>;
export type ServiceTaskCompleted = DomainEvent<
  'ServiceTaskCompleted',
  ServiceTaskIds & { outcome: string; beneficiaries: number; completedOn: string }
>;
export type ServiceTaskEvaluated = DomainEvent<
  'ServiceTaskEvaluated',
  ServiceTaskIds & { rating: number; raters: number; comment: string | null; satisfied: boolean }
>;
export type ServiceTaskReopened = DomainEvent<
  'ServiceTaskReopened',
  ServiceTaskIds & { reason: string }
>;
export type ServiceTaskCancelled = DomainEvent<
  'ServiceTaskCancelled',
  ServiceTaskIds & { reason: string }
>;
export type ServiceTaskEscalated = DomainEvent<
  'ServiceTaskEscalated',
  ServiceTaskIds & { reason: string }
>;

export type ServiceTaskEvent =
  | ServiceTaskProposed
  | ServiceTaskAccepted
  | ServiceTaskProgressRecorded
  | ServiceTaskCompleted
  | ServiceTaskEvaluated
  | ServiceTaskReopened
  | ServiceTaskCancelled
  | ServiceTaskEscalated;
