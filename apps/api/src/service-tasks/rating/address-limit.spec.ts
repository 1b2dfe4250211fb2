import { AddressLimit } from './address-limit';

describe('the limit per address of the public rating routes', () => {
  it('admits the limit in a minute, refuses the next with when to retry, and admits again a minute on', () => {
    const limit = new AddressLimit(3);
    for (let n = 0; n < 3; n++) limit.admit('10.0.0.1', 1_000);
    expect(() => limit.admit('10.0.0.1', 21_000)).toThrow(
      expect.objectContaining({ code: 'REQUEST.TOO_MANY', retryAfterSeconds: 40 }),
    );
    limit.admit('10.0.0.2', 21_000);
    expect(() => limit.admit('10.0.0.1', 61_000)).not.toThrow();
  });
});
