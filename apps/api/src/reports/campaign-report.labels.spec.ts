import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './campaign-report.testing';
import { LECTURE_LABELS } from './campaign-report.labels';
import {
  excludedWorkTable,
  liaisonTable,
  societyTable,
  summaryTable,
} from './campaign-report.tables';
import { computeCampaignReport } from './compute-campaign-report';

const REPORT = computeCampaignReport(fixture(), {
  asOf: new Date('2025-04-15T02:00:00.000Z'),
  timeZone: 'Asia/Shanghai',
});

/** Words that once meant one thing here and another there. */
const AMBIGUOUS = ['已宣讲', '已确认', '已安排宣讲', '已宣讲（场）', '已安排宣讲（场）'];

/** A file of the workbench's reports pages (apps/web/src/pages/reports). */
const reportsPage = (file: string) =>
  readFileSync(join(__dirname, '..', '..', '..', 'web', 'src', 'pages', 'reports', file), 'utf8');

describe('the labels of lecture figures', () => {
  it('say in every sheet which "delivered" they count: 待宣讲, 已宣讲（含已确认）, 其中已确认', () => {
    const headers = [societyTable, liaisonTable, excludedWorkTable].flatMap(
      (t) => t(REPORT).headers,
    );
    const summary = summaryTable(REPORT).rows.map(([label]) => label);
    for (const label of [...headers, ...summary]) expect(AMBIGUOUS).not.toContain(label);
    expect(societyTable(REPORT).headers).toEqual(
      expect.arrayContaining([
        LECTURE_LABELS.scheduled,
        LECTURE_LABELS.delivered,
        LECTURE_LABELS.confirmed,
      ]),
    );
    expect(summary).toEqual(
      expect.arrayContaining([
        `${LECTURE_LABELS.scheduled}（场）`,
        `${LECTURE_LABELS.delivered}（场）`,
        `${LECTURE_LABELS.confirmed}（场）`,
      ]),
    );
  });

  it('match the report on the reports page: its 待宣讲 is the sheets’ 待宣讲, its 已宣讲 counts the confirmed too', () => {
    const table = reportsPage('SocietyLights.vue');
    expect(table).toContain(`'${LECTURE_LABELS.delivered}',`);
    expect(table).toContain(`'${LECTURE_LABELS.confirmed}',`);
    expect(table).not.toMatch(/'(已宣讲|已确认)',/);
    const script = reportsPage('ProgressReport.vue');
    expect(script).toContain(`'${LECTURE_LABELS.scheduled}场次'`);
    expect(script).toContain("'已宣讲场次（含已确认）'");
    expect(script).toContain(`'${LECTURE_LABELS.confirmed}场次'`);
    expect(script).not.toMatch(/'(已宣讲|已确认|已安排宣讲)场次'/);
  });
});
