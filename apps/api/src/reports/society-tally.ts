import { mean, sum } from '@pb/common';
import { isRectificationOverdue, type CampaignTargets } from '@pb/domain';
import {
  audienceOf,
  countLecturesByState,
  countTasksByState,
  isAcceptedTask,
  isDelivered,
  isDoneTask,
  isEscalated,
  isOverdue,
  lastDeliveredOn,
} from '@pb/projections';
import type {
  ReportInspection,
  ReportLecture,
  ReportMember,
  ReportTask,
  ReportSociety,
} from './campaign-report';
import {
  STATUS_REASONS,
  type EscalatedRow,
  type OverdueRectificationRow,
  type OverdueRow,
  type SocietyRow,
  type StatusReason,
  type TaskCounts,
  type TrafficLight,
} from './campaign-report';
import { daysBetween } from './report-clock';

/** What the status of a society is read against. */
export interface TallyClock {
  readonly asOfDate: string;
  readonly pastMidpoint: boolean;
  readonly targets: CampaignTargets;
}

/** A society row with the raw figures the totals need beside it. */
export interface SocietyTally {
  readonly row: SocietyRow;
  readonly ratings: readonly number[];
  readonly beneficiaries: number;
  readonly lecturesCancelled: number;
  readonly overdue: readonly OverdueRow[];
  readonly escalated: readonly EscalatedRow[];
  readonly overdueRectifications: readonly OverdueRectificationRow[];
}

/** Tasks by state, as the report's rows and totals count them. */
export function taskCounts(tasks: readonly Pick<ReportTask, 'status'>[]): TaskCounts {
  const byState = countTasksByState(tasks);
  return {
    proposed: byState.proposed,
    inProgress: byState['in-progress'],
    completed: byState.completed,
    evaluated: byState.evaluated,
    cancelled: byState.cancelled,
    total: tasks.length,
  };
}

export function tallySociety(
  society: ReportSociety,
  liaison: ReportMember,
  lectures: readonly ReportLecture[],
  tasks: readonly ReportTask[],
  inspections: readonly ReportInspection[],
  clock: TallyClock,
): SocietyTally {
  const lectureStates = countLecturesByState(lectures);
  const delivered = lectures.filter(isDelivered);
  const overdueTasks = tasks.filter((task) => isOverdue(task, clock.asOfDate));
  const escalatedTasks = tasks.filter(isEscalated);
  const ratings = tasks.flatMap((task) => task.evaluations.map((e) => e.rating));
  const societyName = society.name;
  const overdueRectifications = inspections.flatMap((inspection) =>
    inspection.items
      .filter((item) => isRectificationOverdue(item, clock.asOfDate))
      .map((item) => ({
        societyId: society.societyId,
        societyName,
        batchId: inspection.batchId,
        inspectionId: inspection.inspectionId,
        itemId: item.itemId,
        action: item.action,
        dueOn: item.dueOn,
        daysOverdue: daysBetween(item.dueOn, clock.asOfDate),
      })),
  );
  const figures = {
    lecturesDelivered: delivered.length,
    tasksAccepted: tasks.filter(isAcceptedTask).length,
    overdueTasks: overdueTasks.length,
    escalatedTasks: escalatedTasks.length,
    overdueRectifications: overdueRectifications.length,
  };
  return {
    row: {
      societyId: society.societyId,
      name: society.name,
      creditCode: society.creditCode,
      kind: society.kind,
      liaisonId: liaison.memberId,
      liaisonName: liaison.name,
      hasPartyOrganisation: society.partyOrganisation.form !== 'none',
      lecturesScheduled: lectureStates.scheduled,
      lecturesConfirmed: lectureStates.confirmed,
      lastDeliveredOn: lastDeliveredOn(delivered),
      audience: sum(delivered, audienceOf),
      tasksByState: taskCounts(tasks),
      averageRating: mean(ratings),
      ...figures,
      ...statusOf(figures, clock),
    },
    ratings,
    beneficiaries: sum(tasks.filter(isDoneTask), (task) => task.beneficiaries ?? 0),
    lecturesCancelled: lectureStates.cancelled,
    overdue: overdueTasks.map((task) => ({
      taskId: task.taskId,
      societyId: society.societyId,
      societyName,
      title: task.title,
      dueOn: task.dueOn as string,
      daysOverdue: daysBetween(task.dueOn as string, clock.asOfDate),
      escalated: isEscalated(task),
    })),
    escalated: escalatedTasks.map((task) => ({
      taskId: task.taskId,
      societyId: society.societyId,
      societyName,
      title: task.title,
      dueOn: task.dueOn,
      reason: task.escalationReason ?? '',
    })),
    overdueRectifications,
  };
}

function statusOf(
  figures: {
    lecturesDelivered: number;
    tasksAccepted: number;
    overdueTasks: number;
    escalatedTasks: number;
    overdueRectifications: number;
  },
  clock: TallyClock,
): { status: TrafficLight; reasons: StatusReason[] } {
  const reasons: StatusReason[] = [];
  if (figures.overdueTasks > 0) reasons.push(STATUS_REASONS.overdue);
  if (figures.escalatedTasks > 0) reasons.push(STATUS_REASONS.escalated);
  if (figures.lecturesDelivered === 0 && clock.pastMidpoint)
    reasons.push(STATUS_REASONS.uncoveredPastMidpoint);
  if (figures.overdueRectifications > 0) reasons.push(STATUS_REASONS.overdueRectification);
  const red = reasons.length > 0;
  // Unmet targets are listed on a red society too: they are what is left to do.
  if (figures.lecturesDelivered < clock.targets.lecturesPerSociety)
    reasons.push(STATUS_REASONS.lecturesShort);
  if (figures.tasksAccepted < clock.targets.serviceTasksPerSociety)
    reasons.push(STATUS_REASONS.tasksShort);
  return { status: red ? 'red' : reasons.length > 0 ? 'yellow' : 'green', reasons };
}
