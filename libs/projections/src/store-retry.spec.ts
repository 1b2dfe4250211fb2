import { NotFound } from '@pb/domain';
import { StoreUnavailable } from '@pb/storage';
import { whileUnavailable } from './store-retry';

const quick = { attempts: 3, delayMs: 0 };

describe('a call made again while the store is unavailable', () => {
  it('is made again after an unavailable store, and answers once the store does', async () => {
    let calls = 0;
    const retried: number[] = [];
    const answer = await whileUnavailable(
      async () => {
        if (++calls < 3) throw new StoreUnavailable('the MongoDB store', new Error('timed out'));
        return 'done';
      },
      quick,
      (_error, attempt) => retried.push(attempt),
    );
    expect(answer).toBe('done');
    expect(retried).toEqual([1, 2]);
  });

  it('gives up after its attempts with the last refusal', async () => {
    let calls = 0;
    await expect(
      whileUnavailable(async () => {
        calls++;
        throw new StoreUnavailable('the MongoDB store', new Error('timed out'));
      }, quick),
    ).rejects.toThrow(StoreUnavailable);
    expect(calls).toBe(3);
  });

  it('never repeats a call refused for any other reason', async () => {
    let calls = 0;
    await expect(
      whileUnavailable(async () => {
        calls++;
        throw new NotFound('SOCIETY.NOT_FOUND', 'no such society');
      }, quick),
    ).rejects.toThrow(NotFound);
    expect(calls).toBe(1);
  });
});
