import { tableCsv, type ReportFiles } from '../reports/report-reply';
import { workbookOf } from '../reports/report-workbook';
import type { CoverageAnswer } from './compute-coverage';
import {
  coverageSummaryTable,
  organisationCoverageTable,
  workCoverageTable,
} from './coverage-report.tables';

export const COVERAGE_SHEETS = {
  summary: '汇总',
  organisation: '组织覆盖',
  work: '工作覆盖',
} as const;

export function coverageXlsx(report: CoverageAnswer): Promise<Buffer> {
  return workbookOf([
    [COVERAGE_SHEETS.summary, coverageSummaryTable(report)],
    [COVERAGE_SHEETS.organisation, organisationCoverageTable(report)],
    [COVERAGE_SHEETS.work, workCoverageTable(report)],
  ]);
}

export const COVERAGE_FILES: ReportFiles<CoverageAnswer> = {
  name: (report) => `两个全覆盖-${report.period.label}-${report.asOfDate}`,
  fallback: 'coverage',
  csv: tableCsv(organisationCoverageTable),
  xlsx: coverageXlsx,
};
