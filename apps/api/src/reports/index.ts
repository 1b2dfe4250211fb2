export * from './campaign-report';
export { computeCampaignReport } from './compute-campaign-report';
export { ReportInputIncomplete } from './report-input-incomplete';
export { reportCsv, reportXlsx, REPORT_SHEETS } from './campaign-report.export';
export { dateIn } from './report-clock';
