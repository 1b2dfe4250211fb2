import { inspection } from '../../../../libs/projections/src/status/yearly-status.testing';
import type { CampaignReport } from './campaign-report';
import { fixture } from './campaign-report.testing';
import { computeCampaignReport } from './compute-campaign-report';

// 2025-04-15 in Shanghai, as in compute-campaign-report.spec.ts.
const MAIN = '2025-04-15T02:00:00.000Z';

/**
 * The fixture's societies with inspections: s2 (green without them) has an item reported
 * but not accepted, due 04-14, one accepted late and one not due yet; s4 (yellow) an
 * open item due 04-01 in another batch; s5 (red already) one due 04-10; s6 (withdrawn)
 * and s8 (never assigned) overdue items that no row shows.
 */
function report(asOf: string): CampaignReport {
  const input = {
    ...fixture(),
    inspections: [
      inspection('b1', 's2', [
        ['i1', '2025-04-14', 'reported'],
        ['i2', '2025-03-31', 'accepted'],
        ['i3', '2025-06-30', 'open'],
      ]),
      inspection('b2', 's4', [['i4', '2025-04-01', 'open']]),
      inspection('b1', 's5', [['i6', '2025-04-10', 'returned']]),
      inspection('b1', 's6', [['i7', '2025-03-01', 'open']]),
      inspection('b1', 's8', [['i8', '2025-03-01', 'open']]),
    ],
  };
  return computeCampaignReport(input, { asOf: new Date(asOf), timeZone: 'Asia/Shanghai' });
}

const lights = (r: CampaignReport) =>
  Object.fromEntries(r.societies.map((s) => [s.societyId, [s.status, ...s.reasons]]));

describe('an overdue rectification in the campaign report', () => {
  it('turns a society red like an overdue task, its red reasons before its unmet targets', () => {
    const r = report(MAIN);
    expect(lights(r)).toEqual({
      s1: ['red', '有逾期任务'],
      s2: ['red', '有逾期整改事项'],
      s3: ['red', '有逾期任务', '有挂牌督办任务', '过半期仍未宣讲', '宣讲未达标', '办实事未达标'],
      s4: ['red', '有逾期整改事项', '办实事未达标'],
      s5: ['red', '过半期仍未宣讲', '有逾期整改事项', '宣讲未达标'],
    });
    expect(r.totals.status).toEqual({ red: 5, yellow: 0, green: 0 });
    expect(r.societies.map((s) => [s.societyId, s.overdueRectifications])).toEqual([
      ['s3', 0],
      ['s2', 1],
      ['s4', 1],
      ['s1', 0],
      ['s5', 1],
    ]);
  });

  it('lists the overdue items of the rows’ societies, the longest overdue first', () => {
    expect(report(MAIN).overdueRectifications).toEqual([
      {
        societyId: 's4',
        societyName: '陈嘉庚科学研究会',
        batchId: 'b2',
        inspectionId: 'b2-s4',
        itemId: 'i4',
        action: '补全会议记录',
        dueOn: '2025-04-01',
        daysOverdue: 14,
      },
      expect.objectContaining({ societyId: 's5', itemId: 'i6', daysOverdue: 5 }),
      expect.objectContaining({ societyId: 's2', itemId: 'i1', daysOverdue: 1 }),
    ]);
  });

  it('makes an item overdue the day after its due date, in the federation time zone', () => {
    // i1 is due 2025-04-14: on time through that whole day in Shanghai.
    const onTheDay = report('2025-04-14T15:59:59.000Z');
    const dayAfter = report('2025-04-14T16:00:00.000Z');
    expect(lights(onTheDay).s2).toEqual(['green']);
    expect(lights(dayAfter).s2).toEqual(['red', '有逾期整改事项']);
  });

  it('leaves the report as it was when no item is overdue', () => {
    const before = report('2025-03-01T00:00:00.000Z');
    const without = computeCampaignReport(fixture(), {
      asOf: new Date('2025-03-01T00:00:00.000Z'),
      timeZone: 'Asia/Shanghai',
    });
    expect(before).toEqual(without);
  });
});
