import { RequestInvalid } from '../http/request-invalid';
import { SeqParam, StreamIdParam } from './commit-params';

describe('the path of a commit', () => {
  it('takes a stream id of a known shape and refuses anything else naming streamId', () => {
    const id = 'lecture-6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
    expect(new StreamIdParam().transform(id)).toBe(id);
    for (const bad of ['lecture', 'Lecture-1', 'lecture-1/2', `lecture-${'a'.repeat(101)}`, ''])
      expect(() => new StreamIdParam().transform(bad)).toThrow(RequestInvalid);
  });

  it('takes a seq from 1 as a number and refuses zero, fractions, signs and words', () => {
    expect(new SeqParam().transform('1')).toBe(1);
    expect(new SeqParam().transform('2147483647')).toBe(2147483647);
    for (const bad of ['0', '1.5', '-1', '+1', '1e3', 'one', '2147483648', '99999999999'])
      expect(() => new SeqParam().transform(bad)).toThrow(/seq must be a whole number/);
  });
});
