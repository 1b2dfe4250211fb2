import type { RelayLease } from './lease.port';

const TTL = 10_000;
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));

/** The behaviour every RelayLease adapter must show. Time is passed in: nothing sleeps. */
export function relayLeaseContract(open: () => Promise<RelayLease>): void {
  let lease: RelayLease;
  beforeEach(async () => {
    lease = await open();
  });
  afterEach(async () => {
    await lease.close();
  });

  it('gives a free lease to the first holder that asks', async () => {
    expect(await lease.tryAcquire('relay-a', TTL, at(0))).toBe(true);
  });

  it('refuses a second holder until the ttl has passed, then hands it over', async () => {
    await lease.tryAcquire('relay-a', TTL, at(0));
    expect(await lease.tryAcquire('relay-b', TTL, at(1))).toBe(false);
    expect(await lease.tryAcquire('relay-b', TTL, at(9))).toBe(false);
    expect(await lease.tryAcquire('relay-b', TTL, at(10))).toBe(true);
    expect(await lease.tryAcquire('relay-a', TTL, at(11))).toBe(false);
  });

  it('lets the holder renew, which pushes the expiry on from the renewal', async () => {
    await lease.tryAcquire('relay-a', TTL, at(0));
    expect(await lease.tryAcquire('relay-a', TTL, at(8))).toBe(true);
    expect(await lease.tryAcquire('relay-b', TTL, at(12))).toBe(false);
    expect(await lease.tryAcquire('relay-b', TTL, at(18))).toBe(true);
  });

  it('frees the lease on release, but only for its holder', async () => {
    await lease.tryAcquire('relay-a', TTL, at(0));
    await lease.release('relay-b');
    expect(await lease.tryAcquire('relay-b', TTL, at(1))).toBe(false);
    await lease.release('relay-a');
    expect(await lease.tryAcquire('relay-b', TTL, at(2))).toBe(true);
    expect(await lease.tryAcquire('relay-a', TTL, at(3))).toBe(false);
  });

  it('gives a free lease to exactly one of 8 concurrent holders', async () => {
    const won = await Promise.all(
      Array.from({ length: 8 }, (_, i) => lease.tryAcquire(`relay-${i}`, TTL, at(0))),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('gives an expired lease to exactly one of 8 concurrent holders', async () => {
    await lease.tryAcquire('relay-old', TTL, at(0));
    const won = await Promise.all(
      Array.from({ length: 8 }, (_, i) => lease.tryAcquire(`relay-${i}`, TTL, at(20))),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
    const winner = won.indexOf(true);
    expect(await lease.tryAcquire(`relay-${winner}`, TTL, at(21))).toBe(true);
    expect(await lease.tryAcquire('relay-old', TTL, at(21))).toBe(false);
  });
}
