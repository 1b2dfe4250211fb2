/**
 * A lease on the relay's one active role: whoever holds it publishes the outbox, the
 * others stand by. A holder that stops renewing loses it once its ttl has passed, so a
 * crashed relay is replaced without anyone having to notice the crash. The port doubles
 * as the DI token.
 */
export abstract class RelayLease {
  /**
   * Takes the lease for `ttlMs` from `now` if it is free, expired or already `holder`'s
   * (which renews it). True when `holder` holds it afterwards. `now` is the caller's clock,
   * passed in so that expiry can be tested without waiting.
   */
  abstract tryAcquire(holder: string, ttlMs: number, now: Date): Promise<boolean>;

  /** Gives the lease up at once if `holder` holds it, so a standby need not wait for the ttl. */
  abstract release(holder: string): Promise<void>;

  abstract close(): Promise<void>;
}

/** The one lease there is: the relay's. */
export const RELAY_LEASE_ID = 'relay';

export function expiryOf(ttlMs: number, now: Date): string {
  return new Date(now.getTime() + ttlMs).toISOString();
}
