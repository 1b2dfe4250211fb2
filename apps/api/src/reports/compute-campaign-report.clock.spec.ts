import type { ReportInput } from './campaign-report';
import { fixture } from './campaign-report.testing';
import { computeCampaignReport } from './compute-campaign-report';

const SHANGHAI = 'Asia/Shanghai';

/** The fixture's campaign closed at 10:00 on 2025-04-05 in Shanghai. */
function closedOn5April(): ReportInput {
  const input = fixture();
  return {
    ...input,
    campaign: { ...input.campaign, status: 'closed', closedAt: '2025-04-05T02:00:00.000Z' },
  };
}

describe('computeCampaignReport, the clock of a closed campaign', () => {
  it('reads overdue and red/yellow/green at the close, however long after it the report is read', () => {
    const later = computeCampaignReport(closedOn5April(), {
      asOf: new Date('2026-01-10T02:00:00.000Z'),
      timeZone: SHANGHAI,
    });
    expect(later.asOfDate).toBe('2026-01-10');
    expect(later.clockDate).toBe('2025-04-05');
    // At the close only T8 (due 04-01) was overdue, by 4 days; T1 (04-10), T9 (05-20) were not.
    expect(later.overdue.map((o) => [o.taskId, o.daysOverdue])).toEqual([['T8', 4]]);
    const atClose = computeCampaignReport(closedOn5April(), {
      asOf: new Date('2025-04-05T02:00:00.000Z'),
      timeZone: SHANGHAI,
    });
    const { asOf: _a, asOfDate: _b, ...frozen } = later;
    const { asOf: _c, asOfDate: _d, ...then } = atClose;
    expect(frozen).toEqual(then);
  });

  it('keeps reading a campaign still running against the as-of date', () => {
    const r = computeCampaignReport(fixture(), {
      asOf: new Date('2026-01-10T02:00:00.000Z'),
      timeZone: SHANGHAI,
    });
    expect(r.clockDate).toBe('2026-01-10');
    expect(r.overdue.map((o) => o.taskId)).toEqual(['T8', 'T1', 'T10', 'T11', 'T9']);
  });

  it('reads a closed campaign as of a moment before its close against that moment', () => {
    const r = computeCampaignReport(closedOn5April(), {
      asOf: new Date('2025-04-02T02:00:00.000Z'),
      timeZone: SHANGHAI,
    });
    expect(r.clockDate).toBe('2025-04-02');
    expect(r.overdue.map((o) => [o.taskId, o.daysOverdue])).toEqual([['T8', 1]]);
  });
});
