import { figures, numbered, percent, yesNo, type Table } from '../reports/report-table';
import type { CoverageAnswer } from './compute-coverage';

const share = (part: number, whole: number) => percent(whole === 0 ? null : part / whole);

export function coverageSummaryTable(report: CoverageAnswer): Table {
  const { organisation: o, work: w } = report;
  return figures([
    ['统计期间', report.period.label],
    ['统计日', report.asOfDate],
    ['登记学会', o.registered],
    ['学会党委覆盖', o.council],
    ['办事机构党组织覆盖', o.secretariat],
    ['其他方式覆盖', o.otherMeans],
    ['其中：联合党支部', o.joint],
    ['其中：党建指导员', o.instructor],
    ['组织覆盖学会', o.covered],
    ['组织未覆盖学会', o.uncovered.length],
    ['组织覆盖率', share(o.covered, o.registered)],
    ['工作覆盖学会', w.covered],
    ['工作未覆盖学会', w.uncovered.length],
    ['工作覆盖率', share(w.covered, w.registered)],
  ]);
}

/** Every registered society and how its party organisation covers it on the day. */
export function organisationCoverageTable(report: CoverageAnswer): Table {
  return numbered(
    ['学会名称', '学会党委', '办事机构党组织', '联合党支部', '党建指导员', '是否覆盖'],
    report.organisation.societies.map((row) => [
      row.name,
      yesNo(row.council),
      yesNo(row.secretariat),
      yesNo(row.joint),
      yesNo(row.instructor),
      yesNo(row.covered),
    ]),
  );
}

/** Every registered society's work in the period: what reached it, if anything. */
export function workCoverageTable(report: CoverageAnswer): Table {
  return numbered(
    ['学会名称', '宣讲场次', '组织生活次数', '受理服务任务', '是否覆盖'],
    report.work.societies.map((row) => [
      row.name,
      row.lectures,
      row.lifeRecords,
      row.acceptedTasks,
      yesNo(row.covered),
    ]),
  );
}
