import { tableCsv, type ReportFiles } from '../reports/report-reply';
import { workbookOf } from '../reports/report-workbook';
import type { LifeListsReport } from './compute-life-lists';
import {
  blackListTable,
  bothListsTable,
  listsSummaryTable,
  redListTable,
} from './life-lists.tables';

export const LIFE_LISTS_SHEETS = { summary: '汇总', red: '红榜', black: '黑榜' } as const;

export function lifeListsXlsx(report: LifeListsReport): Promise<Buffer> {
  return workbookOf([
    [LIFE_LISTS_SHEETS.summary, listsSummaryTable(report)],
    [LIFE_LISTS_SHEETS.red, redListTable(report)],
    [LIFE_LISTS_SHEETS.black, blackListTable(report)],
  ]);
}

export const LIFE_LISTS_FILES: ReportFiles<LifeListsReport> = {
  name: (report) => `组织生活红黑榜-${report.period.label}-${report.asOfDate}`,
  fallback: 'organisational-life-lists',
  csv: tableCsv(bothListsTable),
  xlsx: lifeListsXlsx,
};
