import {
  isWithin,
  measuredWindow,
  monthsBegun,
  periodBounds,
  quarterOf,
  quartersOf,
} from './life-period.rules';

describe('the periods of the yearly rules', () => {
  it('place a date in its quarter', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-06-30')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-07-01')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 });
  });

  it('bound a quarter and a year by their first and last days, leap years included', () => {
    expect(periodBounds({ year: 2028, quarter: 1 })).toEqual({
      from: '2028-01-01',
      to: '2028-03-31',
    });
    expect(periodBounds({ year: 2026, quarter: 2 })).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(periodBounds({ year: 2026, quarter: null })).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('count a month from its first day on', () => {
    expect(monthsBegun(2026, 1, '2025-12-31')).toEqual([]);
    expect(monthsBegun(2026, 1, '2026-01-01')).toEqual(['2026-01']);
    expect(monthsBegun(2026, 1, '2026-02-28')).toEqual(['2026-01', '2026-02']);
    expect(monthsBegun(2026, 1, '2027-05-01')).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('measure a period up to the as-of day, and not at all before it begins', () => {
    expect(measuredWindow({ year: 2026, quarter: 3 }, '2026-08-15')).toEqual({
      from: '2026-07-01',
      to: '2026-08-15',
    });
    expect(measuredWindow({ year: 2026, quarter: 3 }, '2027-01-01')).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(measuredWindow({ year: 2026, quarter: 3 }, '2026-06-30')).toBeNull();
  });

  it('make a year of four quarters', () => {
    expect(quartersOf({ year: 2026, quarter: null })).toEqual([1, 2, 3, 4]);
    expect(quartersOf({ year: 2026, quarter: 2 })).toEqual([2]);
  });

  it('take both ends of a window in', () => {
    const window = { from: '2026-01-01', to: '2026-03-31' };
    expect(isWithin('2026-01-01', window)).toBe(true);
    expect(isWithin('2026-03-31', window)).toBe(true);
    expect(isWithin('2026-04-01', window)).toBe(false);
    expect(isWithin(null, window)).toBe(false);
    expect(isWithin('2026-02-01', null)).toBe(false);
  });
});
