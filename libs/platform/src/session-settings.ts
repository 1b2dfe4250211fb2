type Env = Readonly<Record<string, string | undefined>>;

/** How people sign in: session lifetimes, the cookie, the lockout and invitation links. */
export interface SessionSettings {
  /** A session not used for this long ends (sliding expiry). */
  readonly idleMinutes: number;
  /** A session ends this long after sign-in, however much it is used. */
  readonly absoluteHours: number;
  /** Adds `Secure` to the cookie: on behind HTTPS, off for http://127.0.0.1. */
  readonly cookieSecure: boolean;
  /** Failed sign-ins in a row that lock an account. */
  readonly maxFailures: number;
  readonly lockMinutes: number;
  /** How long a one-time invitation link works. */
  readonly invitationHours: number;
  /** Sign-in and invitation attempts per client address and minute. */
  readonly signInPerMinute: number;
}

/**
 * SESSION_IDLE_MINUTES (480), SESSION_ABSOLUTE_HOURS (168), SESSION_COOKIE_SECURE (false),
 * SIGN_IN_MAX_FAILURES (5), SIGN_IN_LOCK_MINUTES (15), INVITATION_HOURS (72) and
 * SIGN_IN_RATE_LIMIT_PER_MINUTE (30), validated; every problem is pushed to `problems`.
 */
export function sessionSettings(env: Env, problems: string[]): SessionSettings {
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const secure = env.SESSION_COOKIE_SECURE?.trim().toLowerCase() || 'false';
  if (secure !== 'true' && secure !== 'false')
    problems.push(`SESSION_COOKIE_SECURE must be "true" or "false", got "${secure}"`);
  return {
    idleMinutes: int('SESSION_IDLE_MINUTES', 480, 1, 7 * 24 * 60),
    absoluteHours: int('SESSION_ABSOLUTE_HOURS', 168, 1, 365 * 24),
    cookieSecure: secure === 'true',
    maxFailures: int('SIGN_IN_MAX_FAILURES', 5, 1, 100),
    lockMinutes: int('SIGN_IN_LOCK_MINUTES', 15, 1, 24 * 60),
    invitationHours: int('INVITATION_HOURS', 72, 1, 30 * 24),
    signInPerMinute: int('SIGN_IN_RATE_LIMIT_PER_MINUTE', 30, 0, 100_000),
  };
}
