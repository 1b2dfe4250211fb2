import { createHash, timingSafeEqual } from 'node:crypto';
import type { SessionSettings } from '@pb/platform';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A slid session is written back at most this often: not a store write per request. */
export const TOUCH_EVERY_MS = MINUTE;

/** The key a session or a link is stored under: the id itself is never kept. */
export function secretKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** When a session used at `now` ends: idle time from now, never past its absolute end. */
export function sessionExpiry(createdAt: string, now: Date, settings: SessionSettings): string {
  const idle = now.getTime() + settings.idleMinutes * MINUTE;
  const absolute = Date.parse(createdAt) + settings.absoluteHours * HOUR;
  return new Date(Math.min(idle, absolute)).toISOString();
}

/** Whole seconds until a lock ends, or null when the account is not locked at `now`. */
export function lockedFor(lockedUntil: string | null, now: Date): number | null {
  if (lockedUntil === null) return null;
  const left = Date.parse(lockedUntil) - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write authenticated by the session cookie must carry the session's CSRF token in
 * X-CSRF-Token: another site's page cannot read it, though the browser sends the cookie.
 */
export function csrfAccepted(method: string, sent: unknown, expected: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const SESSION_COOKIE = 'pb_session';

/** The public routes that check a password or a link: rate-limited per client address. */
export const SIGN_IN_ROUTES = ['/session', '/session/invitation'] as const;

/** The value of the cookie `name` in a Cookie header, or null. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/** The session id in a Cookie header, or null. */
export function sessionIdOf(cookieHeader: string | undefined): string | null {
  return cookieValue(cookieHeader, SESSION_COOKIE);
}

/** The Set-Cookie value that keeps a session id in the browser, out of reach of scripts. */
export function sessionCookie(
  sessionId: string,
  maxAgeSeconds: number,
  settings: Pick<SessionSettings, 'cookieSecure'>,
): string {
  return [
    `${SESSION_COOKIE}=${sessionId}`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    ...(settings.cookieSecure ? ['Secure'] : []),
  ].join('; ');
}
