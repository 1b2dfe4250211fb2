import { TooManyRequests } from '../../http/edge.errors';

/** How many addresses' windows are kept; the oldest are forgotten first. */
const ADDRESSES_KEPT = 10_000;
const WINDOW_MS = 60_000;

/**
 * A fixed window of a minute per client address, for the routes anyone may call
 * without an account: tighter than the api's limit per caller, since a guesser of codes
 * has no token to be told apart by. A meeting room's phones share one address, so the
 * limit leaves room for a few dozen people rating at once.
 */
export class AddressLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  admit(address: string, now = Date.now()): void {
    const window = this.windows.get(address);
    if (!window || now - window.start >= WINDOW_MS) {
      this.windows.delete(address);
      this.windows.set(address, { start: now, count: 1 });
      if (this.windows.size > ADDRESSES_KEPT)
        this.windows.delete(this.windows.keys().next().value as string);
      return;
    }
    window.count++;
    if (window.count > this.perMinute)
      throw new TooManyRequests(this.perMinute, Math.ceil((window.start + WINDOW_MS - now) / 1000));
  }
}
