import { figures, percent, type Cell, type Table } from '../reports/report-table';
import type { LifeListsReport, ListedSociety } from './compute-life-lists';

const COLUMNS = ['名次', '学会名称', '应开展次数', '已开展次数', '完成率', '出席率'];

const cells = (society: ListedSociety): Cell[] => [
  society.place,
  society.name,
  society.slots,
  society.met,
  percent(society.completeness),
  percent(society.attendance),
];

export function listsSummaryTable(report: LifeListsReport): Table {
  return figures([
    ['统计期间', report.period.label],
    ['统计截至', report.asOfDate],
    ['有组织生活要求的学会', report.weighed],
    ['红榜名额', report.redListSize],
    ['黑榜名额', report.blackListSize],
    ['组织生活要求', report.tableIsDefault ? '默认要求' : '年度设定'],
  ]);
}

export function redListTable(report: LifeListsReport): Table {
  return { headers: COLUMNS, rows: report.red.map(cells) };
}

export function blackListTable(report: LifeListsReport): Table {
  return { headers: COLUMNS, rows: report.black.map(cells) };
}

/** Both lists in one table, as the CSV carries them. */
export function bothListsTable(report: LifeListsReport): Table {
  return {
    headers: ['榜单', ...COLUMNS],
    rows: [
      ...report.red.map((s) => ['红榜', ...cells(s)]),
      ...report.black.map((s) => ['黑榜', ...cells(s)]),
    ],
  };
}
