import type { CampaignTargets, ServiceTaskStatus } from '@pb/domain';
import type { ReportLecture, ReportMember, ReportTask, ReportSociety } from './campaign-report';
import {
  STATUS_REASONS,
  type EscalatedRow,
  type OverdueRow,
  type SocietyRow,
  type StatusReason,
  type TaskCounts,
  type TrafficLight,
} from './campaign-report';
import { daysBetween } from './report-clock';
import { mean, sum } from './report-numbers';

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
}

const ACCEPTED: ReadonlySet<ServiceTaskStatus> = new Set(['in-progress', 'completed', 'evaluated']);
const DONE: ReadonlySet<ServiceTaskStatus> = new Set(['completed', 'evaluated']);
/** The view clears the flag on completion and cancellation; checking the state as well keeps the rule here. */
const ESCALATION_LASTS: ReadonlySet<ServiceTaskStatus> = new Set(['proposed', 'in-progress']);

export function isOverdue(task: ReportTask, asOfDate: string): boolean {
  // YYYY-MM-DD strings compare as dates.
  return task.status === 'in-progress' && task.dueOn !== null && task.dueOn < asOfDate;
}

export function isEscalated(task: ReportTask): boolean {
  return task.escalated && ESCALATION_LASTS.has(task.status);
}

export function isDelivered(lecture: ReportLecture): boolean {
  // A record returned for more detail stays `delivered`, so it counts.
  return lecture.status === 'delivered' || lecture.status === 'confirmed';
}

export function countTasks(tasks: readonly ReportTask[]): TaskCounts {
  const count = (status: ServiceTaskStatus) => tasks.filter((t) => t.status === status).length;
  return {
    proposed: count('proposed'),
    inProgress: count('in-progress'),
    completed: count('completed'),
    evaluated: count('evaluated'),
    cancelled: count('cancelled'),
    total: tasks.length,
  };
}

export function audienceOf(lecture: ReportLecture): number {
  const record = lecture.delivery;
  return record === null ? 0 : record.partyMemberAudience + record.otherAudience;
}

export function tallySociety(
  society: ReportSociety,
  liaison: ReportMember,
  lectures: readonly ReportLecture[],
  tasks: readonly ReportTask[],
  clock: TallyClock,
): SocietyTally {
  const delivered = lectures.filter(isDelivered);
  const overdueTasks = tasks.filter((task) => isOverdue(task, clock.asOfDate));
  const escalatedTasks = tasks.filter(isEscalated);
  const ratings = tasks.flatMap((task) => task.evaluations.map((e) => e.rating));
  const figures = {
    lecturesDelivered: delivered.length,
    tasksAccepted: tasks.filter((task) => ACCEPTED.has(task.status)).length,
    overdueTasks: overdueTasks.length,
    escalatedTasks: escalatedTasks.length,
  };
  const societyName = society.name;
  return {
    row: {
      societyId: society.societyId,
      name: society.name,
      kind: society.kind,
      liaisonId: liaison.memberId,
      liaisonName: liaison.name,
      hasPartyOrganisation: society.partyOrganisation.form !== 'none',
      lecturesScheduled: lectures.filter((l) => l.status === 'scheduled').length,
      lecturesConfirmed: lectures.filter((l) => l.status === 'confirmed').length,
      lastDeliveredOn: latest(delivered.map((l) => l.delivery?.deliveredOn ?? null)),
      audience: sum(delivered, audienceOf),
      tasksByState: countTasks(tasks),
      averageRating: mean(ratings),
      ...figures,
      ...statusOf(figures, clock),
    },
    ratings,
    beneficiaries: sum(
      tasks.filter((task) => DONE.has(task.status)),
      (task) => task.beneficiaries ?? 0,
    ),
    lecturesCancelled: lectures.filter((l) => l.status === 'cancelled').length,
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
  };
}

function statusOf(
  figures: {
    lecturesDelivered: number;
    tasksAccepted: number;
    overdueTasks: number;
    escalatedTasks: number;
  },
  clock: TallyClock,
): { status: TrafficLight; reasons: StatusReason[] } {
  const reasons: StatusReason[] = [];
  if (figures.overdueTasks > 0) reasons.push(STATUS_REASONS.overdue);
  if (figures.escalatedTasks > 0) reasons.push(STATUS_REASONS.escalated);
  if (figures.lecturesDelivered === 0 && clock.pastMidpoint)
    reasons.push(STATUS_REASONS.uncoveredPastMidpoint);
  const red = reasons.length > 0;
  // Unmet targets are listed on a red society too: they are what is left to do.
  if (figures.lecturesDelivered < clock.targets.lecturesPerSociety)
    reasons.push(STATUS_REASONS.lecturesShort);
  if (figures.tasksAccepted < clock.targets.serviceTasksPerSociety)
    reasons.push(STATUS_REASONS.tasksShort);
  return { status: red ? 'red' : reasons.length > 0 ? 'yellow' : 'green', reasons };
}

function latest(dates: readonly (string | null)[]): string | null {
  let last: string | null = null;
  for (const date of dates) if (date !== null && (last === null || date > last)) last = date;
  return last;
}
