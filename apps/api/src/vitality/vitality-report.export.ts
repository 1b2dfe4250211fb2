import { tableCsv, type ReportFiles } from '../reports/report-reply';
import { workbookOf } from '../reports/report-workbook';
import type { VitalityRankingReport } from './compute-vitality';
import { componentTable, rankingTable, vitalitySummaryTable } from './vitality-report.tables';

export const VITALITY_SHEETS = {
  ranking: '活力排名',
  components: '得分明细',
  summary: '汇总',
} as const;

export function vitalityXlsx(report: VitalityRankingReport): Promise<Buffer> {
  return workbookOf([
    [VITALITY_SHEETS.ranking, rankingTable(report)],
    [VITALITY_SHEETS.components, componentTable(report)],
    [VITALITY_SHEETS.summary, vitalitySummaryTable(report)],
  ]);
}

export const VITALITY_FILES: ReportFiles<VitalityRankingReport> = {
  name: (report) => `组织活力排名-${report.period.label}-${report.asOfDate}`,
  fallback: 'vitality-ranking',
  csv: tableCsv(rankingTable),
  xlsx: vitalityXlsx,
};
