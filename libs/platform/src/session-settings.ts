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
  /** The federation's OpenID Connect provider, when people sign in through it; null otherwise. */
  readonly oidc: OidcSettings | null;
}

/** An OpenID Connect provider (authorization code flow with PKCE). */
export interface OidcSettings {
  /** The issuer: its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where the provider sends the person back: `<the api's address>/session/oidc/callback`. */
  readonly redirectUri: string;
  /** The ID token claim that holds the account's login (`preferred_username`). */
  readonly loginClaim: string;
  /** The provider's name on the sign-in page (统一身份认证). */
  readonly name: string;
}

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'];

/** All four OIDC_ settings, or none of them; the URLs must be http(s). */
function oidcSettings(env: Env, problems: string[]): OidcSettings | null {
  const given = OIDC_REQUIRED.filter((name) => env[name]?.trim());
  if (given.length === 0) return null;
  if (given.length < OIDC_REQUIRED.length) {
    const missing = OIDC_REQUIRED.filter((name) => !given.includes(name));
    problems.push(
      `OpenID Connect needs ${OIDC_REQUIRED.join(', ')}; missing ${missing.join(', ')}`,
    );
    return null;
  }
  const value = (name: string) => env[name]!.trim();
  for (const name of ['OIDC_ISSUER', 'OIDC_REDIRECT_URI'])
    if (!/^https?:\/\/\S+$/.test(value(name))) problems.push(`${name} must be an http(s) URL`);
  return {
    issuer: value('OIDC_ISSUER').replace(/\/$/, ''),
    clientId: value('OIDC_CLIENT_ID'),
    clientSecret: value('OIDC_CLIENT_SECRET'),
    redirectUri: value('OIDC_REDIRECT_URI'),
    loginClaim: env.OIDC_LOGIN_CLAIM?.trim() || 'preferred_username',
    name: env.OIDC_NAME?.trim() || '统一身份认证',
  };
}

/**
 * SESSION_IDLE_MINUTES (480), SESSION_ABSOLUTE_HOURS (168), SESSION_COOKIE_SECURE (false),
 * SIGN_IN_MAX_FAILURES (5), SIGN_IN_LOCK_MINUTES (15), INVITATION_HOURS (72) and
 * SIGN_IN_RATE_LIMIT_PER_MINUTE (30), and the OIDC_ settings of an OpenID Connect provider
 * (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, optional
 * OIDC_LOGIN_CLAIM and OIDC_NAME), validated; every problem is pushed to `problems`.
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
    oidc: oidcSettings(env, problems),
  };
}
