import {
  countTasksByState,
  isEscalated,
  isOpenTask,
  isOverdue,
  type ClosedTaskCounts,
  type MemberStatusView,
  type SocietyStatusView,
  type TaskSummary,
} from '@pb/projections';

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

export function presentSocietyStatus(view: SocietyStatusView, today: string) {
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
    lastActivityAt: view.lastActivityAt,
    asOfDate: today,
  };
}

export function presentMemberStatus(view: MemberStatusView, today: string) {
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
    lastActivityAt: view.lastActivityAt,
    asOfDate: today,
  };
}
