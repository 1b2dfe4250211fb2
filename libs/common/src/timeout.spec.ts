import { withTimeout } from './timeout';

describe('withTimeout', () => {
  it('settles with the work when it answers in time', async () => {
    await expect(withTimeout(Promise.resolve('done'), 50, () => new Error('late'))).resolves.toBe(
      'done',
    );
  });

  it('passes on the failure of the work', async () => {
    await expect(
      withTimeout(Promise.reject(new Error('refused')), 50, () => new Error('late')),
    ).rejects.toThrow('refused');
  });

  it('rejects with the timeout error when the work does not answer in time', async () => {
    const never = new Promise<string>(() => undefined);
    await expect(withTimeout(never, 10, () => new Error('no answer within 10 ms'))).rejects.toThrow(
      'no answer within 10 ms',
    );
  });
});
