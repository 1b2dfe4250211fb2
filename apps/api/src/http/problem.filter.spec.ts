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

  it('answers 503 STORE.DISK_FULL for SQLite refusing a write for lack of space', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    for (const error of [full, new Error('a commit failed', { cause: full })])
      expect(toProblem(error)).toMatchObject({
        status: 503,
        code: 'STORE.DISK_FULL',
        detail: expect.stringContaining('is full'),
      });
  });

  it('answers 503 STORE.UNAVAILABLE for a SQLite file that cannot be written or locked now', () => {
    for (const code of ['SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_SHMSIZE', 'SQLITE_BUSY']) {
      const error = Object.assign(new Error('disk I/O error'), { code });
      expect(toProblem(error)).toMatchObject({ status: 503, code: 'STORE.UNAVAILABLE' });
    }
  });

  it('answers 500 INTERNAL for a SQLite error that no retry can help', () => {
    const error = Object.assign(new Error('no such table: x'), { code: 'SQLITE_ERROR' });
    expect(toProblem(error)).toMatchObject({ status: 500, code: 'INTERNAL' });
  });

  it('answers 500 INTERNAL for an error that is nobody’s outage', () => {
    expect(toProblem(new Error('a bug'))).toMatchObject({ status: 500, code: 'INTERNAL' });
  });
});
