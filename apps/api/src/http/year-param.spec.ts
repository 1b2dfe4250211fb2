import { RequestInvalid } from './request-invalid';
import { YearParam } from './year-param';

describe('a year in a path', () => {
  const pipe = new YearParam();

  it('reads a year the deciders take', () => {
    expect(pipe.transform('2026')).toBe(2026);
    expect(pipe.transform('2000')).toBe(2000);
    expect(pipe.transform('2100')).toBe(2100);
  });

  it.each(['1999', '2101', '26', '02026', '2026.0', ' 2026', '2e3', 'abc', ''])(
    'refuses %p naming the year',
    (value) => {
      expect(() => pipe.transform(value)).toThrow(RequestInvalid);
      expect(() => pipe.transform(value)).toThrow('year must be a year from 2000 to 2100');
    },
  );
});
