import { decodeCursor, encodeCursor, InvalidCursor } from './read-model-store.port';

const cursorOf = (value: unknown) =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('a page cursor', () => {
  it('reads back what it was issued with, whatever scalar the sort value is', () => {
    for (const value of ['2026-07-01', 3, true, null])
      expect(decodeCursor(encodeCursor(value, 'id-1'))).toEqual({ value, id: 'id-1' });
  });

  it('refuses what was never issued: no JSON, no pair, no id, or a sort value that is no scalar', () => {
    for (const cursor of [
      'not base64 json',
      cursorOf({ a: 1 }),
      cursorOf(['2026-07-01']),
      cursorOf(['2026-07-01', 7]),
      cursorOf([{}, 'x']),
      cursorOf([['2026'], 'x']),
    ])
      expect(() => decodeCursor(cursor)).toThrow(InvalidCursor);
  });
});
