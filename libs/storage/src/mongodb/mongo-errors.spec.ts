import { MongoNetworkError, MongoServerError } from 'mongodb';
import { StoreUnavailable } from '../store-unavailable';
import { DUPLICATE_KEY, guarded, isDuplicateKey, unavailableIfDown } from './mongo-errors';

describe('MongoDB error mapping', () => {
  it('recognises a duplicate key and nothing else as one', () => {
    expect(isDuplicateKey(new MongoServerError({ code: DUPLICATE_KEY, errmsg: 'E11000' }))).toBe(
      true,
    );
    expect(isDuplicateKey(new MongoServerError({ code: 2, errmsg: 'bad value' }))).toBe(false);
    expect(isDuplicateKey(new Error('E11000'))).toBe(false);
  });

  it('turns a lost connection into StoreUnavailable and leaves other errors as they are', () => {
    const lost = unavailableIfDown(new MongoNetworkError('connection reset'));
    expect(lost).toBeInstanceOf(StoreUnavailable);
    expect(lost).toMatchObject({ kind: 'unavailable', code: 'STORE.UNAVAILABLE' });
    const other = new Error('a bug');
    expect(unavailableIfDown(other)).toBe(other);
  });

  it('passes a guarded call its answer, and its failure mapped', async () => {
    await expect(guarded(async () => 'answer')).resolves.toBe('answer');
    await expect(
      guarded(async () => {
        throw new MongoNetworkError('connection refused');
      }),
    ).rejects.toBeInstanceOf(StoreUnavailable);
  });
});
