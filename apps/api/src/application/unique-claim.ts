import type { EventStore, UniqueClaims } from '@pb/event-store';

/** A claim older than this whose owner stream is still empty was left by a crash. */
const STALE_AFTER_MS = 60_000;

/**
 * Takes `key` for `streamId`: true when it holds it now, or took it over from a stream
 * that claimed it over a minute ago and never got its first event (a crash between the
 * claim and the append), so that a value is never locked away for good.
 */
export async function takeClaim(
  claims: UniqueClaims,
  store: Pick<EventStore, 'readStream'>,
  key: string,
  streamId: string,
): Promise<boolean> {
  const now = new Date();
  const claim = await claims.claim(key, streamId, now.toISOString());
  if (claim.owner === streamId) return true;
  const abandoned =
    now.getTime() - Date.parse(claim.at) > STALE_AFTER_MS &&
    (await store.readStream(claim.owner, 0, 1)).length === 0;
  return abandoned && (await claims.transfer(key, claim.owner, streamId, now.toISOString()));
}
