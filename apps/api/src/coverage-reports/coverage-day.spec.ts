import { endOfDayIn } from './coverage-day';

describe('the end of a day in a time zone', () => {
  it('is the millisecond before the next midnight there', () => {
    expect(endOfDayIn('2026-06-30', 'Asia/Shanghai').toISOString()).toBe(
      '2026-06-30T15:59:59.999Z',
    );
    expect(endOfDayIn('2026-12-31', 'UTC').toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(endOfDayIn('2026-01-15', 'America/New_York').toISOString()).toBe(
      '2026-01-16T04:59:59.999Z',
    );
  });
});
