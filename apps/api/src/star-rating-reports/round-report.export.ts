import { tableCsv, type ReportFiles } from '../reports/report-reply';
import { workbookOf } from '../reports/report-workbook';
import type { RoundReport } from './round-report';
import {
  categoryAverageTable,
  categoryPointsTable,
  differenceTable,
  distributionTable,
  ratingTable,
  roundSummaryTable,
} from './round-report.tables';

/** The sheets of the workbook, in the order people open them. */
export const ROUND_REPORT_SHEETS = {
  summary: '汇总',
  distribution: '星级分布',
  categories: '分类平均分',
  societies: '按学会',
  points: '分类得分',
  differences: '自评与初评差异',
} as const;

/** The round's report as a workbook, one sheet per section. */
export function roundReportXlsx(report: RoundReport): Promise<Buffer> {
  return workbookOf([
    [ROUND_REPORT_SHEETS.summary, roundSummaryTable(report)],
    [ROUND_REPORT_SHEETS.distribution, distributionTable(report)],
    [ROUND_REPORT_SHEETS.categories, categoryAverageTable(report)],
    [ROUND_REPORT_SHEETS.societies, ratingTable(report)],
    [ROUND_REPORT_SHEETS.points, categoryPointsTable(report)],
    [ROUND_REPORT_SHEETS.differences, differenceTable(report)],
  ]);
}

export const ROUND_REPORT_FILES: ReportFiles<RoundReport> = {
  name: (report) => `星级评定报告-${report.asOfDate}`,
  fallback: 'star-rating-report',
  csv: tableCsv(ratingTable),
  xlsx: roundReportXlsx,
};
