import { requireDate, requireInstant } from './values';

describe('dates and moments', () => {
  it('accepts the days of the first century, which Date.UTC reads as the 1900s', () => {
    expect(requireDate('on', '0054-03-29')).toBe('0054-03-29');
    expect(requireDate('on', '0004-02-29')).toBe('0004-02-29');
    expect(() => requireDate('on', '0001-02-29')).toThrow('on must be a date written YYYY-MM-DD');
  });

  it('refuses days that do not exist, never failing on them', () => {
    for (const day of ['2021-00-10', '2021-13-01', '2021-02-29', '0000-00-00'])
      expect(() => requireDate('on', day)).toThrow('YYYY-MM-DD');
  });

  it('refuses a moment on a day that does not exist as invalid input, not as a crash', () => {
    expect(() => requireInstant('asOf', '0000-00-00T00:00Z')).toThrow(
      expect.objectContaining({ code: 'INSTANT.INVALID' }),
    );
    expect(requireInstant('asOf', '2021-09-30T18:00:00+08:00')).toBe('2021-09-30T10:00:00.000Z');
  });
});
