import type { BeneficiaryGroup, Urgency } from './service-task.state';

/** What the handler looked up when a task is proposed. */
export interface ProposeFacts {
  readonly societyStatus: 'unregistered' | 'registered' | 'deregistered';
  /** null when the task belongs to no campaign. */
  readonly campaignStatus: 'none' | 'draft' | 'launched' | 'closed' | null;
}

export interface ProposeServiceTask extends ProposeFacts {
  readonly type: 'ProposeServiceTask';
  readonly taskId: string;
  readonly societyId: string;
  readonly campaignId?: string;
  readonly title: string;
  readonly need: string;
  readonly raisedBy: string;
  readonly beneficiary: BeneficiaryGroup;
}

export interface AcceptServiceTask {
  readonly type: 'AcceptServiceTask';
  readonly taskId: string;
  readonly dueOn: string;
  readonly urgency: Urgency;
}

export interface RecordServiceTaskProgress {
  readonly type: 'RecordServiceTaskProgress';
  readonly taskId: string;
  readonly note: string;
}

export interface CompleteServiceTask {
  readonly type: 'CompleteServiceTask';
  readonly taskId: string;
  readonly outcome: string;
  readonly beneficiaries: number;
  readonly completedOn: string;
}

export interface EvaluateServiceTask {
  readonly type: 'EvaluateServiceTask';
  readonly taskId: string;
  readonly rating: number;
  readonly raters: number;
  readonly comment?: string;
}

export interface OpenServiceTaskRating {
  readonly type: 'OpenServiceTaskRating';
  readonly taskId: string;
  /** SHA-256 (hex) of each one-time code the society hands out. */
  readonly codeHashes: readonly string[];
  readonly closesAt: string;
  /** The time of the command, which `closesAt` must follow. */
  readonly now: string;
}

export interface CastServiceTaskBallot {
  readonly type: 'CastServiceTaskBallot';
  readonly taskId: string;
  readonly codeHash: string;
  readonly score: number;
  readonly comment?: string;
  readonly now: string;
}

export interface CloseServiceTaskRating {
  readonly type: 'CloseServiceTaskRating';
  readonly taskId: string;
  /** Closed because its deadline passed (by the service), not by the society. */
  readonly atDeadline: boolean;
  readonly now: string;
}

export interface CancelServiceTask {
  readonly type: 'CancelServiceTask';
  readonly taskId: string;
  readonly reason: string;
}

export interface EscalateServiceTask {
  readonly type: 'EscalateServiceTask';
  readonly taskId: string;
  readonly reason: string;
}

export type ServiceTaskCommand =
  | ProposeServiceTask
  | AcceptServiceTask
  | RecordServiceTaskProgress
  | CompleteServiceTask
  | EvaluateServiceTask
  | OpenServiceTaskRating
  | CastServiceTaskBallot
  | CloseServiceTaskRating
  | CancelServiceTask
  | EscalateServiceTask;
