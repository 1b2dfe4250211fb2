import { toProblem } from './problem.filter';

describe('toProblem', () => {
  it('answers 503 STORE.UNAVAILABLE for a lost store connection that reached it unmapped', () => {
    const ended = Object.assign(new Error('This socket has been ended by the other party'), {
      code: 'EPIPE',
    });
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    for (const error of [ended, new Error('a call failed', { cause: reset })])
      expect(toProblem(error)).toMatchObject({ status: 503, code: 'STORE.UNAVAILABLE' });
  });

  it('answers 500 INTERNAL for an error that is nobody’s outage', () => {
    expect(toProblem(new Error('a bug'))).toMatchObject({ status: 500, code: 'INTERNAL' });
  });
});
