import type {
  LectureStatus,
  LifeRequirementTable,
  OrganisationalLifeKind,
  PartyOrganisationForm,
  RectificationStatus,
  SeatedOrganisation,
  ServiceTaskStatus,
} from '@pb/domain';
import type { LifeRequirementsView, VitalityWeightsView } from '@pb/projections';
import type {
  LifeCampaignView,
  LifeInspectionView,
  LifeLectureView,
  LifeRatingView,
  LifeRecordView,
  LifeReportInput,
  LifeSocietyView,
  LifeTaskView,
} from './life-report.input';

/*
 * Hand-made level-1 views for the report specs: only the fields the reports read, with the
 * figures the specs work out by hand.
 */

let next = 0;
const id = (prefix: string) => `${prefix}-${(next += 1)}`;

export const seated = (form: PartyOrganisationForm, groups = false): SeatedOrganisation => ({
  form,
  groups,
  secretary: null,
  memberCount: null,
  establishedOn: null,
});

export function society(
  societyId: string,
  name: string,
  seats: Partial<LifeSocietyView['organisations']> = {},
  more: Partial<Pick<LifeSocietyView, 'status' | 'instructorPosts'>> = {},
): LifeSocietyView {
  return {
    societyId,
    name,
    status: more.status ?? 'registered',
    organisations: { council: seats.council ?? null, secretariat: seats.secretariat ?? null },
    instructorPosts: more.instructorPosts ?? [],
  };
}

export function meeting(
  societyId: string,
  kind: OrganisationalLifeKind,
  heldOn: string,
  present = 8,
  expected = 10,
  withdrawn = false,
): LifeRecordView {
  return { recordId: id('r'), societyId, kind, heldOn, present, expected, withdrawn };
}

/** The default table's every slot of a quarter met by a branch without groups: 8 meetings. */
export function fullBranchQuarter(societyId: string, months: readonly string[], present = 8) {
  return [
    meeting(societyId, 'member-assembly', `${months[0]}-05`, present),
    meeting(societyId, 'party-lecture', `${months[1]}-05`, present),
    ...months.flatMap((month) => [
      meeting(societyId, 'committee-meeting', `${month}-10`, present),
      meeting(societyId, 'theme-day', `${month}-20`, present),
    ]),
  ];
}

export function campaign(
  campaignId: string,
  startsOn: string | null,
  endsOn: string | null,
  lecturesPerSociety: number,
  serviceTasksPerSociety: number,
): LifeCampaignView {
  return { campaignId, startsOn, endsOn, targets: { lecturesPerSociety, serviceTasksPerSociety } };
}

export function lecture(
  societyId: string,
  campaignId: string,
  status: LectureStatus,
  deliveredOn: string | null,
): LifeLectureView {
  const delivery =
    deliveredOn === null
      ? null
      : { deliveredOn, partyMemberAudience: 10, otherAudience: 20, summary: '宣讲', evidence: [] };
  return { lectureId: id('l'), societyId, campaignId, status, delivery };
}

export function task(
  societyId: string,
  status: ServiceTaskStatus,
  times: { acceptedAt?: string; completedOn?: string; evaluations?: [number, string][] },
): LifeTaskView {
  return {
    taskId: id('t'),
    societyId,
    status,
    acceptedAt: times.acceptedAt ?? null,
    completedOn: times.completedOn ?? null,
    evaluations: (times.evaluations ?? []).map(([rating, at]) => ({
      rating,
      raters: 3,
      comment: null,
      satisfied: rating >= 3,
      method: 'reported' as const,
      at,
    })),
  };
}

export function inspection(
  societyId: string,
  items: readonly [dueOn: string, status: RectificationStatus, acceptedAt: string | null][],
): LifeInspectionView {
  return {
    societyId,
    items: items.map(([dueOn, status, acceptedAt]) => ({
      itemId: id('i'),
      findingId: 'f',
      action: '整改',
      dueOn,
      status,
      reports: [],
      returns: [],
      acceptedBy: acceptedAt === null ? null : 'm1',
      acceptedAt,
    })),
  };
}

/** A decided rating of a round; its publication date goes with the round. */
export function rating(
  societyId: string,
  roundId: string,
  stars: number,
  changes: readonly [stars: number, effectiveOn: string][] = [],
): LifeRatingView {
  return {
    roundId,
    societyId,
    decision: { stars, defaultStars: stars, reviewedTotal: 80, reason: null },
    changes: changes.map(([to, effectiveOn]) => ({
      kind: 'adjusted',
      stars: to,
      previousStars: stars,
      reason: '动态调整',
      effectiveOn,
    })),
  };
}

const yearly = (year: number) => ({
  _id: String(year),
  year,
  version: 1,
  setAt: `${year}-01-01T00:00:00.000Z`,
  updatedAt: `${year}-01-01T00:00:00.000Z`,
  _version: 1,
  _position: { seq: 1, index: 0 },
});

export const requirementsView = (
  year: number,
  table: LifeRequirementTable,
): LifeRequirementsView => ({ ...yearly(year), ...table });

export const weightsView = (
  year: number,
  weights: VitalityWeightsView['weights'],
): VitalityWeightsView => ({ ...yearly(year), weights });

/** An input with nothing but what a spec gives. */
export function reportInput(input: Partial<LifeReportInput>): LifeReportInput {
  return {
    societies: [],
    records: [],
    requirements: null,
    weights: null,
    campaigns: [],
    assignments: [],
    lectures: [],
    tasks: [],
    inspections: [],
    ratings: [],
    rounds: [],
    ...input,
  };
}

const Q2 = ['2026-04', '2026-05', '2026-06'];

/*
 * The lists of compute-life-lists.spec.ts: the second quarter of 2026 with the default table. A branch without groups has 8 slots
 * (committee meeting and theme day each month, an assembly and a lecture); a committee with
 * groups 11 (the group meeting each month too).
 */
const LISTS_SOCIETIES = [
  society('a', '安徽省化学会', { council: seated('branch') }),
  society('b', '北京市物理学会', { secretariat: seated('branch') }),
  society('c', '长沙市药学会', { council: seated('committee', true) }),
  society('d', '大连市林学会', { council: seated('branch') }),
  society('e', '鄂州市医学会', { council: seated('work-group') }),
  society(
    'f',
    '福州市农学会',
    {},
    { instructorPosts: [{ memberId: null, since: '2026-01-01', recalledOn: null }] },
  ),
  society('g', '广州市化工学会', { council: seated('branch') }, { status: 'deregistered' }),
  society('h', '海南省气象学会', { secretariat: seated('joint-branch') }),
];
const LISTS_RECORDS = [
  ...fullBranchQuarter('a', Q2, 8),
  ...fullBranchQuarter('b', Q2, 9),
  // Every kind but the group meetings: 8 of 11.
  ...fullBranchQuarter('c', Q2, 8),
  meeting('d', 'committee-meeting', '2026-04-10', 8, 10, true),
  ...fullBranchQuarter('e', Q2, 10),
  ...fullBranchQuarter('g', Q2, 10),
  ...fullBranchQuarter('h', Q2, 8),
];

export const LISTS_FIXTURE = { societies: LISTS_SOCIETIES, records: LISTS_RECORDS };
