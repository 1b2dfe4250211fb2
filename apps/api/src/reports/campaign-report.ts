import type { CampaignStatus, CampaignTargets, MemberPosition, SocietyKind } from '@pb/domain';
import type {
  AssignmentView,
  CampaignView,
  InspectionCaseView,
  LectureView,
  MemberView,
  ServiceTaskView,
  SocietyView,
} from '@pb/projections';

/**
 * The fields of each read model the report reads: the live report asks the store for
 * these only (a MongoDB-wire server then sends a fraction of each document), and the
 * types below let the computation use nothing else.
 */
export const REPORT_FIELDS = {
  assignments: ['campaignId', 'societyId', 'liaisonId', 'status'],
  lectures: ['campaignId', 'societyId', 'status', 'delivery'],
  tasks: [
    'campaignId',
    'societyId',
    'taskId',
    'title',
    'status',
    'dueOn',
    'escalated',
    'escalationReason',
    'evaluations',
    'beneficiaries',
  ],
  societies: ['societyId', 'name', 'kind', 'status', 'partyOrganisation', 'creditCode'],
  members: ['memberId', 'name', 'position'],
  inspections: ['inspectionId', 'batchId', 'societyId', 'items'],
} as const;

type Fields<V, K extends keyof typeof REPORT_FIELDS> = Pick<
  V,
  Extract<(typeof REPORT_FIELDS)[K][number], keyof V>
>;
export type ReportAssignment = Fields<AssignmentView, 'assignments'>;
export type ReportLecture = Fields<LectureView, 'lectures'>;
export type ReportTask = Fields<ServiceTaskView, 'tasks'>;
export type ReportSociety = Fields<SocietyView, 'societies'>;
export type ReportMember = Fields<MemberView, 'members'>;
export type ReportInspection = Fields<InspectionCaseView, 'inspections'>;

/** The read models a campaign report is computed from; the caller loads them. */
export interface ReportInput {
  readonly campaign: CampaignView;
  /** Every row of this campaign, withdrawn ones included. */
  readonly assignments: readonly ReportAssignment[];
  /** Every lecture of this campaign. */
  readonly lectures: readonly ReportLecture[];
  /** Every service task of this campaign. */
  readonly tasks: readonly ReportTask[];
  /** All societies of the federation, so that unassigned ones can be listed. */
  readonly societies: readonly ReportSociety[];
  /** At least every liaison named in the current assignments. */
  readonly members: readonly ReportMember[];
  /**
   * Every society's inspections, of every batch: an overdue rectification turns a
   * society red whatever the campaign, as an overdue task does.
   */
  readonly inspections: readonly ReportInspection[];
}

/** How the society rows are ordered: by name, or grouped by liaison then by name. */
export type SocietyOrder = 'name' | 'liaison';

export interface ReportOptions {
  /**
   * The moment the clock-derived figures (overdue, midpoint, red/yellow/green) are read
   * at; a closed campaign's are read at its close if that came first.
   */
  readonly asOf: Date;
  /** The federation's IANA time zone, e.g. Asia/Shanghai: it decides what "today" is. */
  readonly timeZone: string;
  /** Default `name`. */
  readonly societyOrder?: SocietyOrder;
}

/** 红黄绿灯: a society's light in a campaign (see docs/reports.md for the rule). */
export const TRAFFIC_LIGHTS = ['red', 'yellow', 'green'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** Why a society is not green, in the words the committee uses. */
export const STATUS_REASONS = {
  overdue: '有逾期任务',
  escalated: '有挂牌督办任务',
  uncoveredPastMidpoint: '过半期仍未宣讲',
  overdueRectification: '有逾期整改事项',
  lecturesShort: '宣讲未达标',
  tasksShort: '办实事未达标',
} as const;
export type StatusReason = (typeof STATUS_REASONS)[keyof typeof STATUS_REASONS];

export interface TaskCounts {
  readonly proposed: number;
  readonly inProgress: number;
  readonly completed: number;
  readonly evaluated: number;
  readonly cancelled: number;
  readonly total: number;
}

export interface CampaignReport {
  readonly campaign: {
    readonly id: string;
    readonly title: string;
    readonly status: CampaignStatus;
    readonly startsOn: string | null;
    readonly endsOn: string | null;
    /** As recorded: null when none were set (the report then reads them as 0). */
    readonly targets: CampaignTargets | null;
    /** 发文单位, 发文日期 (YYYY-MM-DD) and 文号; each null when not recorded. */
    readonly issuedBy: string | null;
    readonly issuedOn: string | null;
    readonly documentNumber: string | null;
  };
  /** ISO 8601. */
  readonly asOf: string;
  /** The as-of moment's date in the federation's time zone, YYYY-MM-DD. */
  readonly asOfDate: string;
  /**
   * The date overdue, the midpoint and red/yellow/green are read against: the as-of date,
   * or the close date of a campaign closed by then, so that a closed campaign's figures
   * stay as they were when it closed.
   */
  readonly clockDate: string;
  /** The order of `societies`, `missingLecture` and `missingTasks`. */
  readonly societyOrder: SocietyOrder;
  readonly totals: ReportTotals;
  /** In committee order (书记, 副书记, 纪检委员, 委员, then experts), each group in zh-CN order. */
  readonly liaisons: readonly LiaisonRow[];
  readonly societies: readonly SocietyRow[];
  /** The campaign's work in societies no figure counts, so that none of it vanishes unsaid. */
  readonly excludedWork: ExcludedWork;
  readonly deregistered: readonly DeregisteredRow[];
  readonly unassigned: readonly UnassignedRow[];
  readonly missingLecture: readonly MissingRow[];
  readonly missingTasks: readonly MissingTasksRow[];
  readonly overdue: readonly OverdueRow[];
  readonly escalated: readonly EscalatedRow[];
  /** The rectification items of the rows' societies not accepted by their due date, the longest overdue first. */
  readonly overdueRectifications: readonly OverdueRectificationRow[];
}

/**
 * Every figure counts the societies currently assigned and registered, and only the
 * work done in them, so that the totals equal the sum of the society rows and of the
 * liaison rows.
 */
export interface ReportTotals {
  readonly societiesAssigned: number;
  readonly societiesCovered: number;
  /** Fractions 0..1 rounded to 4 decimals; null when the denominator is 0. */
  readonly coverage: number | null;
  readonly lecturesScheduled: number;
  /** Delivered and confirmed. */
  readonly lecturesDelivered: number;
  readonly lecturesConfirmed: number;
  readonly lecturesCancelled: number;
  readonly audience: number;
  readonly tasks: TaskCounts;
  readonly overdueTasks: number;
  readonly escalatedTasks: number;
  readonly completionRate: number | null;
  readonly evaluationRate: number | null;
  /** Rounded to 2 decimals; null when nothing was evaluated. */
  readonly averageRating: number | null;
  readonly beneficiaries: number;
  readonly status: { readonly red: number; readonly yellow: number; readonly green: number };
}

export interface LiaisonRow {
  readonly memberId: string;
  readonly name: string;
  readonly position: MemberPosition;
  readonly societies: number;
  readonly covered: number;
  readonly coverage: number | null;
  readonly lecturesDelivered: number;
  readonly lecturesConfirmed: number;
  readonly audience: number;
  readonly tasksAccepted: number;
  readonly overdueTasks: number;
}

export interface SocietyRow {
  readonly societyId: string;
  readonly name: string;
  /** 统一社会信用代码, when the register holds one. */
  readonly creditCode: string | null;
  readonly kind: SocietyKind;
  readonly liaisonId: string;
  readonly liaisonName: string;
  readonly hasPartyOrganisation: boolean;
  readonly lecturesScheduled: number;
  readonly lecturesDelivered: number;
  readonly lecturesConfirmed: number;
  readonly lastDeliveredOn: string | null;
  readonly audience: number;
  readonly tasksAccepted: number;
  readonly tasksByState: TaskCounts;
  readonly overdueTasks: number;
  readonly escalatedTasks: number;
  readonly averageRating: number | null;
  /** Its rectification items (督导整改) not accepted by their due date, in any batch. */
  readonly overdueRectifications: number;
  readonly status: TrafficLight;
  /** Every reason it is not green: the red ones first, then the targets not met. */
  readonly reasons: readonly StatusReason[];
}

/** A society deregistered while assigned: listed and flagged, never counted. */
export interface DeregisteredRow {
  readonly societyId: string;
  readonly name: string;
  readonly liaisonId: string;
  readonly liaisonName: string;
}

export interface UnassignedRow {
  readonly societyId: string;
  readonly name: string;
  readonly kind: SocietyKind;
}

export interface MissingRow {
  readonly societyId: string;
  readonly name: string;
  readonly liaisonId: string;
  readonly liaisonName: string;
}

export interface MissingTasksRow extends MissingRow {
  readonly tasksAccepted: number;
}

export interface OverdueRow {
  readonly taskId: string;
  readonly societyId: string;
  readonly societyName: string;
  readonly title: string;
  readonly dueOn: string;
  readonly daysOverdue: number;
  readonly escalated: boolean;
}

export interface EscalatedRow {
  readonly taskId: string;
  readonly societyId: string;
  readonly societyName: string;
  readonly title: string;
  /** Null while the task is still proposed. */
  readonly dueOn: string | null;
  readonly reason: string;
}

export interface OverdueRectificationRow {
  readonly societyId: string;
  readonly societyName: string;
  readonly batchId: string;
  readonly inspectionId: string;
  readonly itemId: string;
  readonly action: string;
  readonly dueOn: string;
  readonly daysOverdue: number;
}

/** Why a society's work in the campaign counts in no figure. */
export type ExclusionReason = 'withdrawn' | 'unassigned' | 'deregistered';

export interface LectureCounts {
  readonly scheduled: number;
  /** Delivered, confirmed or not (已宣讲（含已确认）). */
  readonly delivered: number;
  readonly confirmed: number;
  readonly cancelled: number;
  readonly total: number;
}

/**
 * The lectures and tasks of the campaign in societies that are not currently assigned
 * and registered: withdrawn from the campaign, never assigned to it, or deregistered.
 * With the totals they make up every lecture and task the campaign holds.
 */
export interface ExcludedWork {
  readonly lectures: number;
  readonly tasks: number;
  /** One row per society with such work, in zh-CN order. */
  readonly societies: readonly ExcludedWorkRow[];
}

export interface ExcludedWorkRow {
  readonly societyId: string;
  readonly name: string;
  readonly reason: ExclusionReason;
  readonly lectures: LectureCounts;
  readonly tasks: TaskCounts;
}
