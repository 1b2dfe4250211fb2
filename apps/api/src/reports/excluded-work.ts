import { inChineseOrder, sum } from '@pb/common';
import { countLecturesByState, isDelivered } from '@pb/projections';
import type {
  ExcludedWork,
  ExclusionReason,
  LectureCounts,
  ReportAssignment,
  ReportLecture,
  ReportSociety,
  ReportTask,
} from './campaign-report';
import { ReportInputIncomplete } from './report-input-incomplete';
import { taskCounts } from './society-tally';

/**
 * The campaign's lectures and tasks in the societies the figures leave out. Each is
 * named with its reason, so that the report and the status views, which count every
 * society's work, can be reconciled line by line.
 */
export function excludedWorkOf(
  counted: ReadonlySet<string>,
  assignments: readonly ReportAssignment[],
  lectures: ReadonlyMap<string, readonly ReportLecture[]>,
  tasks: ReadonlyMap<string, readonly ReportTask[]>,
  societies: ReadonlyMap<string, ReportSociety>,
): ExcludedWork {
  const withdrawn = new Set(
    assignments.filter((a) => a.status === 'withdrawn').map((a) => a.societyId),
  );
  const ids = [...new Set([...lectures.keys(), ...tasks.keys()])].filter((id) => !counted.has(id));
  // Work in a society the views do not know would be dropped unnamed: refuse, as for assignments.
  const unknown = ids.filter((id) => !societies.has(id));
  if (unknown.length > 0)
    throw new ReportInputIncomplete(unknown, [], 'lectures and tasks of the campaign');
  const rows = ids.map((societyId) => {
    const society = societies.get(societyId) as ReportSociety;
    const reason: ExclusionReason =
      society.status === 'deregistered'
        ? 'deregistered'
        : withdrawn.has(societyId)
          ? 'withdrawn'
          : 'unassigned';
    return {
      societyId,
      name: society.name,
      reason,
      lectures: lectureCounts(lectures.get(societyId) ?? []),
      tasks: taskCounts(tasks.get(societyId) ?? []),
    };
  });
  return {
    lectures: sum(rows, (r) => r.lectures.total),
    tasks: sum(rows, (r) => r.tasks.total),
    societies: inChineseOrder(
      rows,
      (r) => r.name,
      (r) => r.societyId,
    ),
  };
}

function lectureCounts(lectures: readonly ReportLecture[]): LectureCounts {
  const byState = countLecturesByState(lectures);
  return {
    scheduled: byState.scheduled,
    delivered: lectures.filter(isDelivered).length,
    confirmed: byState.confirmed,
    cancelled: byState.cancelled,
    total: lectures.length,
  };
}
