import type { ServiceTaskStatus } from '@pb/domain';
import type { ViewDocument } from '../read-model-store.port';
import type { LectureStateCounts, TaskStateCounts } from './progress.rules';

/** A service task as the status views keep it: enough to count it and to tell, when read, whether it is overdue. */
export interface TaskSummary {
  readonly taskId: string;
  readonly societyId: string;
  readonly campaignId: string | null;
  readonly status: ServiceTaskStatus;
  readonly dueOn: string | null;
  readonly escalated: boolean;
}

/** Service tasks that are done with, counted by state; only the open ones are kept one by one. */
export type ClosedTaskCounts = Pick<TaskStateCounts, 'completed' | 'evaluated' | 'cancelled'>;

export const NO_CLOSED_TASKS: ClosedTaskCounts = { completed: 0, evaluated: 0, cancelled: 0 };

export type LectureCounts = LectureStateCounts;

export interface SocietyStatusView extends ViewDocument {
  readonly societyId: string;
  readonly name: string;
  readonly status: 'registered' | 'deregistered';
  readonly hasPartyOrganisation: boolean;
  readonly partyOrganisationForm: string;
  /** The society's liaison in each campaign where it is currently assigned. */
  readonly campaigns: readonly { campaignId: string; liaisonId: string }[];
  readonly lectures: LectureCounts;
  readonly lastDeliveredOn: string | null;
  /** Party members and others, from the latest delivery record of delivered and confirmed lectures. */
  readonly audience: number;
  /** The open service tasks (proposed, in progress); the others are counted in closedTasks. */
  readonly tasks: readonly TaskSummary[];
  readonly closedTasks: ClosedTaskCounts;
  /** Every evaluation's rating, including those that reopened a task. */
  readonly ratings: readonly number[];
  /** The campaigns in which the society has a delivered or confirmed lecture. */
  readonly coveredCampaignIds: readonly string[];
  readonly lastActivityAt: string;
}

export interface MemberStatusView extends ViewDocument {
  readonly memberId: string;
  readonly name: string;
  readonly position: string;
  readonly status: 'active' | 'retired';
  readonly campaigns: readonly {
    campaignId: string;
    societyIds: readonly string[];
    coveredSocietyIds: readonly string[];
  }[];
  readonly lectures: LectureCounts;
  /**
   * The open service tasks in the societies currently assigned to the member; the
   * others are counted in closedTasks (a view that listed every task of every campaign
   * would grow without bound).
   */
  readonly tasks: readonly TaskSummary[];
  readonly closedTasks: ClosedTaskCounts;
  readonly lastActivityAt: string;
}

/** The collections of the status views. */
export const SOCIETY_STATUS = { name: 'society_status', indexes: ['status', 'name'] } as const;
export const MEMBER_STATUS = { name: 'member_status', indexes: ['status', 'name'] } as const;
