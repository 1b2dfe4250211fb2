import type { RectificationStatus, ServiceTaskStatus, StarChange } from '@pb/domain';
import type { ViewDocument } from '../read-model-store.port';
import type {
  InstructorPostInput,
  LifeRecordInput,
  SeatsInput,
} from '../yearly-life/yearly-life.inputs';
import type { LectureStateCounts, TaskStateCounts } from './progress.rules';
import type { PublishedStars } from './yearly.rules';

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

/**
 * A society's stars as one published round decided them, with the withdrawals and
 * adjustments since: the current stars are read from these on the day (currentStarsOn),
 * as a change takes effect on its date.
 */
export interface StarsInRound extends PublishedStars {
  readonly year: number;
  readonly title: string;
  readonly publishedOn: string;
  readonly decision: { readonly stars: number };
  readonly changes: readonly Pick<StarChange, 'kind' | 'stars' | 'effectiveOn'>[];
}

/** A rectification item not yet accepted (销号), as the status views keep it: overdue is read on the day. */
export interface RectificationSummary {
  readonly batchId: string;
  readonly inspectionId: string;
  readonly societyId: string;
  readonly itemId: string;
  readonly action: string;
  readonly dueOn: string;
  readonly status: RectificationStatus;
}

/**
 * The ratings of a round in review that a member is expected to review: self-assessed,
 * not decided, not reviewed by the member yet, and none the member may not or should not
 * review (one whose self-assessment they wrote, or of a society they are currently the
 * liaison of in a campaign: the rules refuse the liaison while the campaign is launched,
 * and the office does not ask a society's liaison to review it either way).
 */
export interface ReviewsToDo {
  readonly roundId: string;
  readonly year: number;
  readonly title: string;
  readonly societyIds: readonly string[];
}

/** A sampled society's inspection, not closed yet, in a batch the member is an inspector of. */
export interface InspectionToDo {
  readonly batchId: string;
  readonly batchTitle: string;
  readonly societyId: string;
  /** Null until the first visit. */
  readonly inspectionId: string | null;
  readonly state: 'not-visited' | 'open';
  /** Its rectification items not yet accepted. */
  readonly items: readonly RectificationSummary[];
}

/** A record of organisational life that counts (not withdrawn), as last corrected. */
export type CountedLifeRecord = Pick<LifeRecordInput, 'heldOn' | 'kind' | 'present' | 'expected'>;

/**
 * What a society's organisational life this quarter and its organisation coverage today are
 * read from: both change with the clock, so the view keeps their inputs, not the figures.
 * Small objects, not tuples: FerretDB stores no arrays in arrays.
 */
export interface SocietyLifeInputs {
  /** The form of the organisation at each seat and whether it has party groups. */
  readonly seats: SeatsInput;
  /** Every posting of a party-building instructor, oldest first, without names. */
  readonly instructorPosts: readonly InstructorPostInput[];
  /**
   * The records that count, of the latest year one was held in and the year before, by date.
   * No meeting is recorded before it is held, so today's quarter lies in that year or later;
   * the year before serves a reader whose clock is still in it at New Year.
   */
  readonly records: readonly CountedLifeRecord[];
}

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
  /** Its decided stars in each published round, oldest publication first; absent on a view written before star ratings. */
  readonly stars?: readonly StarsInRound[];
  /** Its rectification items not yet accepted, earliest due first; absent on a view written before inspections. */
  readonly rectifications?: readonly RectificationSummary[];
  /** Its seats, instructors and records of organisational life; absent on a view written before them. */
  readonly life?: SocietyLifeInputs;
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
  /** The rounds in review with ratings the member is expected to review; absent on a view written before star ratings. */
  readonly reviews?: readonly ReviewsToDo[];
  /** The inspections the member has to carry on; absent on a view written before inspections. */
  readonly inspections?: readonly InspectionToDo[];
  readonly lastActivityAt: string;
}

/** The collections of the status views. */
export const SOCIETY_STATUS = { name: 'society_status', indexes: ['status', 'name'] } as const;
export const MEMBER_STATUS = { name: 'member_status', indexes: ['status', 'name'] } as const;
