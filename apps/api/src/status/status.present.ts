import { isRectificationOverdue } from '@pb/domain';
import {
  countTasksByState,
  coverageToday,
  currentStarsOn,
  isEscalated,
  isOpenTask,
  isOverdue,
  lifeThisQuarter,
  rectificationFigures,
  type ClosedTaskCounts,
  type InspectionToDo,
  type MemberStatusView,
  type RectificationSummary,
  type RequirementTable,
  type ReviewsToDo,
  type SocietyStatusView,
  type TaskSummary,
} from '@pb/projections';
import type { VitalityStanding } from '../vitality/vitality-standing';
import type { MemberStatusAnswer, SocietyStatusAnswer } from './status.answer.dto';

/**
 * The task figures of a status view: the closed tasks come as counts (a view written
 * before they were counted lists them among the tasks, which counts the same).
 */
function taskFigures(
  tasks: readonly TaskSummary[],
  closed: ClosedTaskCounts | undefined,
  today: string,
) {
  return {
    byState: countTasksByState(tasks, closed),
    open: tasks.filter(isOpenTask).length,
    overdue: tasks
      .filter((t) => isOverdue(t, today))
      .map((t) => ({ taskId: t.taskId, societyId: t.societyId, dueOn: t.dueOn })),
    escalated: tasks.filter(isEscalated).map((t) => ({ taskId: t.taskId, societyId: t.societyId })),
  };
}

/** The items not yet accepted with `overdue` read on `today`, and their counts. */
function rectificationsOf(items: readonly RectificationSummary[], today: string) {
  return {
    ...rectificationFigures(items, today),
    items: items.map((item) => ({ ...item, overdue: isRectificationOverdue(item, today) })),
  };
}

/**
 * A society's status read on `today`, its organisational life against the year's `table`,
 * with its standing in the vitality ranking read on the same day (null when not ranked).
 */
export function presentSocietyStatus(
  view: SocietyStatusView,
  today: string,
  table: RequirementTable,
  vitality: VitalityStanding | null,
): SocietyStatusAnswer {
  const ratings = view.ratings;
  return {
    id: view.societyId,
    name: view.name,
    status: view.status,
    hasPartyOrganisation: view.hasPartyOrganisation,
    partyOrganisationForm: view.partyOrganisationForm,
    campaigns: view.campaigns,
    lectures: { ...view.lectures, lastDeliveredOn: view.lastDeliveredOn, audience: view.audience },
    serviceTasks: taskFigures(view.tasks, view.closedTasks, today),
    averageRating:
      ratings.length === 0
        ? null
        : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100,
    currentStars: currentStarsOn(view.stars ?? [], today),
    publishedStars: (view.stars ?? []).map(({ decision, ...round }) => ({
      ...round,
      decidedStars: decision.stars,
    })),
    rectifications: rectificationsOf(view.rectifications ?? [], today),
    organisationalLife: lifeThisQuarter(view.life, table, today),
    coverage: coverageToday(view.life, today),
    vitality,
    lastActivityAt: view.lastActivityAt,
    asOfDate: today,
  };
}

function reviewsOf(rounds: readonly ReviewsToDo[]) {
  return {
    toReview: rounds.reduce((sum, round) => sum + round.societyIds.length, 0),
    rounds: rounds.map((round) => ({ ...round, toReview: round.societyIds.length })),
  };
}

function inspectionsOf(cases: readonly InspectionToDo[], today: string) {
  const presented = cases.map(({ items, ...inspection }) => ({
    ...inspection,
    rectifications: rectificationsOf(items, today),
  }));
  return {
    societies: cases.length,
    notVisited: cases.filter((inspection) => inspection.state === 'not-visited').length,
    ...rectificationFigures(
      cases.flatMap((inspection) => inspection.items),
      today,
    ),
    cases: presented,
  };
}

export function presentMemberStatus(view: MemberStatusView, today: string): MemberStatusAnswer {
  return {
    id: view.memberId,
    name: view.name,
    position: view.position,
    status: view.status,
    campaigns: view.campaigns.map((c) => ({
      campaignId: c.campaignId,
      societies: c.societyIds.length,
      covered: c.coveredSocietyIds.length,
      coverage:
        c.societyIds.length === 0
          ? null
          : Math.round((c.coveredSocietyIds.length / c.societyIds.length) * 10000) / 10000,
      societyIds: c.societyIds,
      coveredSocietyIds: c.coveredSocietyIds,
    })),
    lectures: view.lectures,
    serviceTasks: taskFigures(view.tasks, view.closedTasks, today),
    reviews: reviewsOf(view.reviews ?? []),
    inspections: inspectionsOf(view.inspections ?? [], today),
    lastActivityAt: view.lastActivityAt,
    asOfDate: today,
  };
}
