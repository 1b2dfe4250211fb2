import { inChineseOrder } from '@pb/common';
import { isAcceptedTask, isDelivered } from '../status/progress.rules';
import type { CoverageTally } from './coverage.rules';
import { isWithin, measuredWindow, type DateWindow, type LifePeriod } from './life-period.rules';
import { countedRecords } from './life-slots.rules';
import type {
  LectureInput,
  LifeRecordInput,
  NamedSociety,
  ServiceTaskInput,
  SocietyInput,
} from './yearly-life.inputs';

/** A society's work as work coverage reads it (others' lectures, records and tasks are ignored). */
export interface WorkSocietyInput extends SocietyInput {
  readonly lectures: readonly LectureInput[];
  readonly records: readonly LifeRecordInput[];
  readonly tasks: readonly ServiceTaskInput[];
}

/** What reached a society in a period; covered when any of the three did. */
export interface WorkOfSociety extends NamedSociety {
  readonly lectures: number;
  readonly lifeRecords: number;
  readonly acceptedTasks: number;
  readonly covered: boolean;
}

/** 工作覆盖 of a period measured on `asOf`, every registered society's work beside it. */
export interface WorkCoverageReport extends CoverageTally {
  readonly period: LifePeriod;
  readonly asOf: string;
  readonly societies: readonly WorkOfSociety[];
}

/** Keeps a society's own items, so that callers may pass more than one society's. */
export const ofSociety =
  (societyId: string) =>
  <T extends { readonly societyId: string }>(items: readonly T[]): T[] =>
    items.filter((item) => item.societyId === societyId);

/** Given in the window, whether confirmed yet or not; a cancelled lecture was not given. */
export function isDeliveredIn(lecture: LectureInput, window: DateWindow | null): boolean {
  return isDelivered(lecture) && isWithin(lecture.deliveredOn, window);
}

/** Accepted by the office in the window and not cancelled since. */
export function isAcceptedIn(task: ServiceTaskInput, window: DateWindow | null): boolean {
  return isAcceptedTask(task) && isWithin(task.acceptedOn, window);
}

export function workOf(society: WorkSocietyInput, period: LifePeriod, asOf: string): WorkOfSociety {
  const window = measuredWindow(period, asOf);
  const own = ofSociety(society.societyId);
  const lectures = own(society.lectures).filter((l) => isDeliveredIn(l, window)).length;
  const lifeRecords = countedRecords(society, window).length;
  const acceptedTasks = own(society.tasks).filter((t) => isAcceptedIn(t, window)).length;
  return {
    societyId: society.societyId,
    name: society.name,
    lectures,
    lifeRecords,
    acceptedTasks,
    covered: lectures + lifeRecords + acceptedTasks > 0,
  };
}

/** Every registered society's work in the period measured on `asOf`, in zh-CN order. */
export function workCoverageReport(
  societies: readonly WorkSocietyInput[],
  period: LifePeriod,
  asOf: string,
): WorkCoverageReport {
  const read = inChineseOrder(
    societies.filter((society) => society.registered).map((s) => workOf(s, period, asOf)),
    (work) => work.name,
    (work) => work.societyId,
  );
  return {
    period,
    asOf,
    registered: read.length,
    covered: read.filter((work) => work.covered).length,
    uncovered: read
      .filter((work) => !work.covered)
      .map(({ societyId, name }) => ({ societyId, name })),
    societies: read,
  };
}
