import { SocietyNotFound } from '@pb/domain';
import { computeSocietyLife } from './compute-society-life';
import { lifeReading } from './life-report.inputs';
import { meeting, reportInput, seated, society } from './life-report.testing';

const day = { asOf: '2026-05-15T02:00:00.000Z', asOfDate: '2026-05-15' };

/*
 * 江苏省计算机学会: a committee with party groups at its secretariat only (its life counts
 * there), read on 15 May 2026 with the default table.
 */
const reading = lifeReading(
  reportInput({
    societies: [society('js', '江苏省计算机学会', { secretariat: seated('committee', true) })],
    records: [
      meeting('js', 'theme-day', '2026-02-14', 5, 10),
      meeting('js', 'member-assembly', '2026-04-03', 20, 25),
      meeting('js', 'committee-meeting', '2026-04-08'),
      meeting('js', 'committee-meeting', '2026-04-22'),
      meeting('js', 'group-meeting', '2026-04-12'),
      meeting('js', 'theme-day', '2026-04-30'),
      meeting('js', 'committee-meeting', '2026-05-06'),
      meeting('js', 'party-lecture', '2026-05-08', 8, 10, true),
      // Held after the as-of day: counts for nothing yet.
      meeting('js', 'theme-day', '2026-05-20'),
      meeting('other', 'party-lecture', '2026-05-08'),
    ],
  }),
  'Asia/Shanghai',
);

describe("a society's organisational life figures", () => {
  it('counts a quarter per requirement: slots in the months begun, extra meetings meeting nothing', () => {
    const figures = computeSocietyLife(reading, 'js', { year: 2026, quarter: 2 }, day);
    expect(figures.organisation).toEqual({ seat: 'secretariat', form: 'committee', groups: true });
    expect(figures.quarters[0]!.requirements).toEqual([
      { kind: 'member-assembly', per: 'quarter', count: 1, slots: 1, met: 1 },
      // Two in April meet April's one slot; May's is met.
      { kind: 'committee-meeting', per: 'month', count: 1, slots: 2, met: 2 },
      { kind: 'group-meeting', per: 'month', count: 1, slots: 2, met: 1 },
      // The one lecture was withdrawn.
      { kind: 'party-lecture', per: 'quarter', count: 1, slots: 1, met: 0 },
      { kind: 'theme-day', per: 'month', count: 1, slots: 2, met: 1 },
    ]);
    // 5 of 8; attendance over the six meetings held and kept: (5 × 8 + 20) / (5 × 10 + 25).
    expect([figures.slots, figures.met, figures.completeness]).toEqual([8, 5, 0.625]);
    expect(figures.attendance).toEqual({ present: 60, expected: 75, rate: 0.8 });
    expect(figures.period.label).toBe('2026Q2');
  });

  it('adds up a year over its quarters, those not begun carrying no slots', () => {
    const figures = computeSocietyLife(reading, 'js', { year: 2026, quarter: null }, day);
    // Q1: 3 months × 3 monthly kinds + 2 = 11 slots, the February theme day met; Q2 5 of 8.
    expect(figures.quarters.map((q) => [q.quarter, q.slots, q.met])).toEqual([
      [1, 11, 1],
      [2, 8, 5],
      [3, 0, 0],
      [4, 0, 0],
    ]);
    expect([figures.slots, figures.met, figures.completeness]).toEqual([19, 6, 0.3158]);
    expect(figures.attendance).toEqual({ present: 65, expected: 85, rate: 0.7647 });
  });

  it('answers 404 for a society the views do not hold', () => {
    expect(() => computeSocietyLife(reading, 'nobody', { year: 2026, quarter: 2 }, day)).toThrow(
      SocietyNotFound,
    );
  });
});
