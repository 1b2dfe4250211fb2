import type { CampaignReport } from './campaign-report';
import {
  deregisteredTable,
  excludedWorkTable,
  liaisonTable,
  missingLectureTable,
  missingTasksTable,
  overdueAndEscalatedTable,
  societyTable,
  summaryTable,
  unassignedTable,
} from './campaign-report.tables';
import { tableCsv, type ReportFiles } from './report-reply';
import { workbookOf } from './report-workbook';

/** The sheets of the workbook, in the order people open them. */
export const REPORT_SHEETS = {
  summary: '汇总',
  liaisons: '按委员',
  societies: '按学会',
  missingLecture: '未宣讲学会',
  missingTasks: '办实事未达标学会',
  overdue: '逾期与督办',
  unassigned: '未分配学会',
  deregistered: '已注销学会',
  excludedWork: '未计入统计的工作',
} as const;

/** The per-society table as CSV for Excel: UTF-8 with a BOM, CRLF. */
export const reportCsv = tableCsv(societyTable);

/** The whole report as a workbook, one sheet per section; every header row bold and frozen. */
export function reportXlsx(report: CampaignReport): Promise<Buffer> {
  return workbookOf([
    [REPORT_SHEETS.summary, summaryTable(report)],
    [REPORT_SHEETS.liaisons, liaisonTable(report)],
    [REPORT_SHEETS.societies, societyTable(report)],
    [REPORT_SHEETS.missingLecture, missingLectureTable(report)],
    [REPORT_SHEETS.missingTasks, missingTasksTable(report)],
    [REPORT_SHEETS.overdue, overdueAndEscalatedTable(report)],
    [REPORT_SHEETS.unassigned, unassignedTable(report)],
    [REPORT_SHEETS.deregistered, deregisteredTable(report)],
    [REPORT_SHEETS.excludedWork, excludedWorkTable(report)],
  ]);
}

export const CAMPAIGN_REPORT_FILES: ReportFiles<CampaignReport> = {
  name: (report) => `工作进展报告-${report.asOfDate}`,
  fallback: 'report',
  csv: reportCsv,
  xlsx: reportXlsx,
};
