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
/**
 * How an evaluation was reached: `reported` by the society (the rating its people gave,
 * with their number), or the mean of the people's own `ballots` when a rating closed.
 */
export type EvaluationMethod = 'reported' | 'ballots';

export type ServiceTaskEvaluated = DomainEvent<
  'ServiceTaskEvaluated',
  ServiceTaskIds & {
    /** 1 to 5: whole when reported; the ballots' mean to two decimals otherwise. */
    rating: number;
    raters: number;
    comment: string | null;
    satisfied: boolean;
    method: EvaluationMethod;
  }
>;
/** The people served may rate the task: one ballot per code, until `closesAt`. */
export type ServiceTaskRatingOpened = DomainEvent<
  'ServiceTaskRatingOpened',
  ServiceTaskIds & {
    /** SHA-256 (hex) of each one-time code: the codes themselves are never stored. */
    codeHashes: string[];
    closesAt: string;
  }
>;
/** One person's rating, by the hash of the code they used. */
export type ServiceTaskBallotCast = DomainEvent<
  'ServiceTaskBallotCast',
  ServiceTaskIds & { codeHash: string; score: number; comment: string | null }
>;
/** No more ballots: by the society, or at the deadline (`atDeadline`). */
export type ServiceTaskRatingClosed = DomainEvent<
  'ServiceTaskRatingClosed',
  ServiceTaskIds & { ballots: number; atDeadline: boolean }
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
  | ServiceTaskRatingOpened
  | ServiceTaskBallotCast
  | ServiceTaskRatingClosed
  | ServiceTaskReopened
  | ServiceTaskCancelled
  | ServiceTaskEscalated;
