import { dateIn, dayNumber, daysBetween, isPastMidpoint } from './report-clock';

describe('dateIn', () => {
  it('dates an instant in the given time zone, not in UTC', () => {
    const instant = new Date('2025-12-31T16:00:00.000Z');
    expect(dateIn(instant, 'Asia/Shanghai')).toBe('2026-01-01');
    expect(dateIn(instant, 'UTC')).toBe('2025-12-31');
    expect(dateIn(instant, 'America/Los_Angeles')).toBe('2025-12-31');
  });

  it('writes a year before 1000 with four digits, so the date still reads as a date', () => {
    expect(dateIn(new Date('0852-03-29T10:01:37.000Z'), 'Asia/Shanghai')).toBe('0852-03-29');
  });

  it('refuses a time zone that does not exist', () => {
    expect(() => dateIn(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('counts whole days across months and leap days', () => {
    expect(daysBetween('2025-04-01', '2025-04-15')).toBe(14);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-4-1')).toBeNaN();
  });
});

describe('isPastMidpoint', () => {
  it('puts the midpoint of an even span on a day, which is not yet past it', () => {
    // 03-01 + 60 / 2 = 03-31
    expect(isPastMidpoint('2025-03-01', '2025-04-30', '2025-03-31')).toBe(false);
    expect(isPastMidpoint('2025-03-01', '2025-04-30', '2025-04-01')).toBe(true);
  });

  it('puts the midpoint of an odd span at noon, so only the next day is past it', () => {
    // 03-01 + 61 / 2 = 03-31 at noon; a date is read as its first moment
    expect(isPastMidpoint('2025-03-01', '2025-05-01', '2025-03-31')).toBe(false);
    expect(isPastMidpoint('2025-03-01', '2025-05-01', '2025-04-01')).toBe(true);
  });

  it('has no midpoint without both ends of the period', () => {
    expect(isPastMidpoint(null, '2025-04-30', '2030-01-01')).toBe(false);
    expect(isPastMidpoint('2025-03-01', null, '2030-01-01')).toBe(false);
  });
});
