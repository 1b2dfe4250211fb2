import type { DeliveryRecord, LectureStatus, ServiceTaskStatus } from '@pb/domain';

/*
 * How the progress of lectures and service tasks is read, shared by the status views,
 * the status answers and the campaign report, so that a figure means the same wherever
 * it is shown. The rules read fields of the read models (a task's due date, a lecture's
 * latest delivery record) and one of them reads the clock, which no decider uses: they
 * belong to the read side, not to the domain.
 */

type HasTaskStatus = { readonly status: ServiceTaskStatus };

/** A task still to be worked on: the ones that can be overdue or escalated. */
export function isOpenTask(task: HasTaskStatus): boolean {
  return task.status === 'proposed' || task.status === 'in-progress';
}

/**
 * Overdue changes with the clock, not with events, so it is computed when read.
 * `today` is a YYYY-MM-DD date, and such strings compare as dates.
 */
export function isOverdue(
  task: HasTaskStatus & { readonly dueOn: string | null },
  today: string,
): boolean {
  return task.status === 'in-progress' && task.dueOn !== null && task.dueOn < today;
}

/**
 * Escalated and still open. The view clears the flag on completion and cancellation;
 * checking the state as well keeps the rule here.
 */
export function isEscalated(task: HasTaskStatus & { readonly escalated: boolean }): boolean {
  return task.escalated && isOpenTask(task);
}

/** Accepted by the office at some point and not cancelled: what a campaign's task target counts. */
export function isAcceptedTask(task: HasTaskStatus): boolean {
  return task.status === 'in-progress' || isDoneTask(task);
}

/** Carried out: completed, and perhaps evaluated since. */
export function isDoneTask(task: HasTaskStatus): boolean {
  return task.status === 'completed' || task.status === 'evaluated';
}

export type TaskStateCounts = Readonly<Record<ServiceTaskStatus, number>>;

/** The tasks counted by state, added to `counted` (tasks already counted elsewhere). */
export function countTasksByState(
  tasks: readonly HasTaskStatus[],
  counted: Partial<TaskStateCounts> = {},
): TaskStateCounts {
  const counts = {
    proposed: 0,
    'in-progress': 0,
    completed: 0,
    evaluated: 0,
    cancelled: 0,
    ...counted,
  };
  for (const task of tasks) counts[task.status]++;
  return counts;
}

type HasLectureStatus = { readonly status: LectureStatus };
type HasDelivery = { readonly delivery: Omit<DeliveryRecord, 'summary' | 'evidence'> | null };

export type LectureStateCounts = Readonly<Record<LectureStatus, number>>;

export function countLecturesByState(lectures: readonly HasLectureStatus[]): LectureStateCounts {
  const counts = { scheduled: 0, delivered: 0, confirmed: 0, cancelled: 0 };
  for (const lecture of lectures) counts[lecture.status]++;
  return counts;
}

/** Given, whether confirmed yet or not: a record returned for more detail stays delivered. */
export function isDelivered(lecture: HasLectureStatus): boolean {
  return lecture.status === 'delivered' || lecture.status === 'confirmed';
}

/** Party members and others, from the lecture's latest delivery record. */
export function audienceOf(lecture: HasDelivery): number {
  const record = lecture.delivery;
  return record === null ? 0 : record.partyMemberAudience + record.otherAudience;
}

/** The latest date on which one of the lectures was delivered; null when none was. */
export function lastDeliveredOn(
  lectures: readonly (HasLectureStatus & HasDelivery)[],
): string | null {
  return latestDate(lectures.filter(isDelivered).map((l) => l.delivery?.deliveredOn ?? null));
}

/** The latest of some dates or ISO 8601 times (which compare as strings); null when none. */
export function latestDate(dates: readonly (string | null)[]): string | null {
  let last: string | null = null;
  for (const date of dates) if (date !== null && (last === null || date > last)) last = date;
  return last;
}
