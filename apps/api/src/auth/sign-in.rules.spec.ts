import { loadConfig } from '@pb/platform';
import {
  csrfAccepted,
  lockedFor,
  secretKey,
  sessionCookie,
  sessionExpiry,
  sessionIdOf,
} from './sign-in.rules';

const settings = loadConfig({}).sessions;
const t0 = new Date('2026-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const HOUR = 3_600_000;

describe('the sign-in rules', () => {
  it('slides a session 8 hours from its last use, never past 7 days from sign-in', () => {
    expect(sessionExpiry(t0.toISOString(), t0, settings)).toBe(later(8 * HOUR).toISOString());
    expect(sessionExpiry(t0.toISOString(), later(100 * HOUR), settings)).toBe(
      later(108 * HOUR).toISOString(),
    );
    expect(sessionExpiry(t0.toISOString(), later(165 * HOUR), settings)).toBe(
      later(168 * HOUR).toISOString(),
    );
  });

  it('counts a lock down in whole seconds and forgets it once it has passed', () => {
    const until = later(15 * 60_000).toISOString();
    expect(lockedFor(until, t0)).toBe(900);
    expect(lockedFor(until, later(899_500))).toBe(1);
    expect(lockedFor(until, later(900_000))).toBeNull();
    expect(lockedFor(null, t0)).toBeNull();
  });

  it('asks a cookie write for the exact CSRF token, and a read for none', () => {
    expect(csrfAccepted('GET', undefined, 'abc')).toBe(true);
    expect(csrfAccepted('POST', 'abc', 'abc')).toBe(true);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(csrfAccepted(method, undefined, 'abc')).toBe(false);
      expect(csrfAccepted(method, 'abd', 'abc')).toBe(false);
      expect(csrfAccepted(method, 'abcd', 'abc')).toBe(false);
      expect(csrfAccepted(method, ['abc'], 'abc')).toBe(false);
    }
  });

  it('reads the session id among other cookies, and writes the cookie HttpOnly and SameSite=Strict', () => {
    expect(sessionIdOf('a=1; pb_session=xyz-_; b=2')).toBe('xyz-_');
    expect(sessionIdOf('a=1')).toBeNull();
    expect(sessionIdOf(undefined)).toBeNull();
    expect(sessionCookie('xyz', 3600, { cookieSecure: false })).toBe(
      'pb_session=xyz; HttpOnly; SameSite=Strict; Path=/; Max-Age=3600',
    );
    expect(sessionCookie('xyz', 3600, { cookieSecure: true })).toMatch(/; Secure$/);
  });

  it('keeps a SHA-256 of a secret, never the secret', () => {
    expect(secretKey('s')).toMatch(/^[0-9a-f]{64}$/);
    expect(secretKey('s')).not.toContain('s'.repeat(2));
  });
});
