/** How long a read with `minVersion` waits, at most, for the view to catch up. */
export const FRESHNESS_WAIT_MS = 5000;

/** Polls `read` until `fresh` holds or the wait is over; returns the last value read. */
export async function waitUntilFresh<T>(
  read: () => Promise<T>,
  fresh: (value: T) => boolean,
  waitMs = FRESHNESS_WAIT_MS,
): Promise<T> {
  // Monotonic, so that a clock jump neither cuts the wait short nor makes it last an hour.
  const deadline = performance.now() + waitMs;
  let value = await read();
  while (!fresh(value) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}
