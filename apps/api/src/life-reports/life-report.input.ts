import type {
  AssignmentView,
  CampaignView,
  InspectionCaseView,
  LectureView,
  LifeRequirementsView,
  OrganisationalLifeView,
  RatingRoundView,
  ServiceTaskView,
  SocietyView,
  StarRatingView,
  VitalityWeightsView,
} from '@pb/projections';

/**
 * What the reports of organisational life, the two coverages and the vitality score read
 * of each level-1 view, and nothing else: the live reports ask the store for these fields.
 */
export const LIFE_REPORT_FIELDS = {
  societies: ['societyId', 'name', 'status', 'organisations', 'instructorPosts'],
  records: ['recordId', 'societyId', 'kind', 'heldOn', 'present', 'expected', 'withdrawn'],
  campaigns: ['campaignId', 'startsOn', 'endsOn', 'targets'],
  assignments: ['campaignId', 'societyId', 'status'],
  lectures: ['lectureId', 'societyId', 'campaignId', 'status', 'delivery'],
  tasks: ['taskId', 'societyId', 'status', 'acceptedAt', 'completedOn', 'evaluations'],
  inspections: ['societyId', 'items'],
  ratings: ['roundId', 'societyId', 'decision', 'changes'],
  rounds: ['roundId', 'publishedOn'],
} as const;

type Fields = typeof LIFE_REPORT_FIELDS;
type Of<V, K extends keyof Fields> = Pick<V, Extract<Fields[K][number], keyof V>>;

export type LifeSocietyView = Of<SocietyView, 'societies'>;
export type LifeRecordView = Of<OrganisationalLifeView, 'records'>;
export type LifeCampaignView = Of<CampaignView, 'campaigns'>;
export type LifeAssignmentView = Of<AssignmentView, 'assignments'>;
export type LifeLectureView = Of<LectureView, 'lectures'>;
export type LifeTaskView = Of<ServiceTaskView, 'tasks'>;
export type LifeInspectionView = Of<InspectionCaseView, 'inspections'>;
export type LifeRatingView = Of<StarRatingView, 'ratings'>;
export type LifeRoundView = Of<RatingRoundView, 'rounds'>;

/**
 * The level-1 views of one year as they stand (live) or stood (replayed to a moment).
 * `records` may hold other years' records; the rules count only those in the period.
 */
export interface LifeReportInput {
  readonly societies: readonly LifeSocietyView[];
  readonly records: readonly LifeRecordView[];
  /** The year's table and weights; null when the office set none (the defaults hold). */
  readonly requirements: LifeRequirementsView | null;
  readonly weights: VitalityWeightsView | null;
  readonly campaigns: readonly LifeCampaignView[];
  readonly assignments: readonly LifeAssignmentView[];
  readonly lectures: readonly LifeLectureView[];
  readonly tasks: readonly LifeTaskView[];
  readonly inspections: readonly LifeInspectionView[];
  readonly ratings: readonly LifeRatingView[];
  readonly rounds: readonly LifeRoundView[];
}
