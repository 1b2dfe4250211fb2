import { tableCsv, type ReportFiles } from '../reports/report-reply';
import { workbookOf } from '../reports/report-workbook';
import type { BatchReport } from './batch-report';
import {
  batchSummaryTable,
  findingTable,
  overdueItemTable,
  sampleTable,
} from './batch-report.tables';

/** The sheets of the workbook, in the order people open them. */
export const BATCH_REPORT_SHEETS = {
  summary: '汇总',
  sample: '抽查名单',
  findings: '问题分类',
  overdue: '逾期整改',
} as const;

/** The batch's report as a workbook, one sheet per section. */
export function batchReportXlsx(report: BatchReport): Promise<Buffer> {
  return workbookOf([
    [BATCH_REPORT_SHEETS.summary, batchSummaryTable(report)],
    [BATCH_REPORT_SHEETS.sample, sampleTable(report)],
    [BATCH_REPORT_SHEETS.findings, findingTable(report)],
    [BATCH_REPORT_SHEETS.overdue, overdueItemTable(report)],
  ]);
}

export const BATCH_REPORT_FILES: ReportFiles<BatchReport> = {
  name: (report) => `督导抽查报告-${report.asOfDate}`,
  fallback: 'inspection-report',
  csv: tableCsv(sampleTable),
  xlsx: batchReportXlsx,
};
