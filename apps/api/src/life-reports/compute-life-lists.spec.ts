import { DEFAULT_LIFE_REQUIREMENTS } from '@pb/domain';
import { RequestInvalid } from '../http/request-invalid';
import { computeLifeLists } from './compute-life-lists';
import { lifeReading } from './life-report.inputs';
import { periodOf, quarterPeriodOf } from './life-period.query';
import { LISTS_FIXTURE, reportInput, requirementsView } from './life-report.testing';

const { societies, records } = LISTS_FIXTURE;
const day = (asOfDate: string) => ({ asOf: `${asOfDate}T10:00:00.000Z`, asOfDate });

const names = (list: readonly { name: string }[]) => list.map((s) => s.name);

describe('the red and black lists of a quarter', () => {
  it('puts those that met every slot on the red list by attendance, the others on the black list furthest behind first', () => {
    const reading = lifeReading(reportInput({ societies, records }), 'Asia/Shanghai');
    const lists = computeLifeLists(reading, { year: 2026, quarter: 2 }, day('2026-06-30'));
    expect(lists.period).toEqual({
      label: '2026Q2',
      year: 2026,
      quarter: 2,
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect([lists.redListSize, lists.blackListSize, lists.tableIsDefault]).toEqual([10, 10, true]);
    // a, b, c, d, h: the work group, the society without an organisation and the deregistered are weighed on neither list.
    expect(lists.weighed).toBe(5);
    // b 72/80 = 0.9; a and h 64/80 = 0.8, tied, in pinyin order (ān before hǎi).
    expect(names(lists.red)).toEqual(['北京市物理学会', '安徽省化学会', '海南省气象学会']);
    expect(lists.red.map((s) => [s.place, s.slots, s.met, s.completeness, s.attendance])).toEqual([
      [1, 8, 8, 1, 0.9],
      [2, 8, 8, 1, 0.8],
      [3, 8, 8, 1, 0.8],
    ]);
    // d met 0 of 8 (its one meeting was withdrawn, no attendance), c 8 of 11 = 0.7273.
    expect(lists.black.map((s) => [s.name, s.slots, s.met, s.completeness, s.attendance])).toEqual([
      ['大连市林学会', 8, 0, 0, null],
      ['长沙市药学会', 11, 8, 0.7273, 0.8],
    ]);
  });

  it('cuts the lists at the year table’s sizes: a complete society left off the red list ends the black one', () => {
    const requirements = requirementsView(2026, { ...DEFAULT_LIFE_REQUIREMENTS, redListSize: 2 });
    const reading = lifeReading(reportInput({ societies, records, requirements }), 'UTC');
    const lists = computeLifeLists(reading, { year: 2026, quarter: 2 }, day('2026-06-30'));
    expect(lists.tableIsDefault).toBe(false);
    expect(names(lists.red)).toEqual(['北京市物理学会', '安徽省化学会']);
    expect(names(lists.black)).toEqual(['大连市林学会', '长沙市药学会', '海南省气象学会']);
  });

  it('measures the quarter up to the as-of day: on 15 May only April and May carry slots', () => {
    const reading = lifeReading(reportInput({ societies, records }), 'Asia/Shanghai');
    const lists = computeLifeLists(reading, { year: 2026, quarter: 2 }, day('2026-05-15'));
    // 2 months × 2 monthly kinds + 2 quarterly = 6 slots; the theme day of 20 May is not
    // held yet, so nobody is complete.
    expect(lists.red).toEqual([]);
    const standing = (id: string) => lists.black.find((s) => s.societyId === id);
    expect(standing('a')).toMatchObject({ slots: 6, met: 5, completeness: 0.8333 });
    // c: 2 × 3 + 2 = 8 slots, 5 met (no group meeting).
    expect(standing('c')).toMatchObject({ slots: 8, met: 5, completeness: 0.625 });
  });

  it('reads the period asked for, the as-of day’s quarter without one, and refuses a year for the lists', () => {
    expect(periodOf('2026', '2026-05-15')).toEqual({ year: 2026, quarter: null });
    expect(periodOf('2025Q4', '2026-05-15')).toEqual({ year: 2025, quarter: 4 });
    expect(periodOf(undefined, '2026-05-15')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterPeriodOf('2026Q1', '2026-05-15')).toEqual({ year: 2026, quarter: 1 });
    expect(() => quarterPeriodOf('2026', '2026-05-15')).toThrow(RequestInvalid);
  });
});
