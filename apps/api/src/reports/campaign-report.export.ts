import { Workbook } from 'exceljs';
import { toCsv } from '../imports/table';
import { fitColumns, writeHeader, writeWorkbook } from '../imports/table/xlsx';
import type { CampaignReport } from './campaign-report';
import {
  deregisteredTable,
  liaisonTable,
  overdueAndEscalatedTable,
  societyTable,
  summaryTable,
  unassignedTable,
  type Table,
} from './campaign-report.tables';

/** The sheets of the workbook, in the order people open them. */
export const REPORT_SHEETS = {
  summary: '汇总',
  liaisons: '按委员',
  societies: '按学会',
  unassigned: '未分配学会',
  deregistered: '已注销学会',
  overdue: '逾期与督办',
} as const;

/** The per-society table as CSV for Excel: UTF-8 with a BOM, CRLF. */
export function reportCsv(report: CampaignReport): Buffer {
  const { headers, rows } = societyTable(report);
  return toCsv(headers, rows);
}

/** The whole report as a workbook, one sheet per section; every header row bold and frozen. */
export async function reportXlsx(report: CampaignReport): Promise<Buffer> {
  const workbook = new Workbook();
  addSheet(workbook, REPORT_SHEETS.summary, summaryTable(report));
  addSheet(workbook, REPORT_SHEETS.liaisons, liaisonTable(report));
  addSheet(workbook, REPORT_SHEETS.societies, societyTable(report));
  addSheet(workbook, REPORT_SHEETS.unassigned, unassignedTable(report));
  addSheet(workbook, REPORT_SHEETS.deregistered, deregisteredTable(report));
  addSheet(workbook, REPORT_SHEETS.overdue, overdueAndEscalatedTable(report));
  return writeWorkbook(workbook);
}

function addSheet(workbook: Workbook, name: string, { headers, rows }: Table): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeHeader(sheet, headers);
  // exceljs leaves `undefined` cells empty; null would too, but its typings refuse it.
  for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
  fitColumns(sheet, headers, rows);
}
