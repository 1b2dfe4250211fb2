/** A password credential: only the argon2id hash is kept, and how sign-in attempts went. */
export interface Credential {
  readonly accountId: string;
  readonly login: string;
  readonly hash: string;
  readonly failedAttempts: number;
  /** ISO 8601; null when not locked. */
  readonly lockedUntil: string | null;
}

/** A signed-in session, found by the SHA-256 of its id: the id itself is never stored. */
export interface Session {
  readonly key: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
}

/** A one-time invitation link, found by the SHA-256 of its token. */
export interface Invitation {
  readonly key: string;
  readonly accountId: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

/** What a failed sign-in left: the count since the last success or lock, and the lock. */
export interface FailureOutcome {
  readonly failedAttempts: number;
  readonly lockedUntil: string | null;
}

/**
 * Credentials, sessions and invitation links: secrets that are not events, never
 * published and never in a view. Logins are matched case-insensitively. The port
 * doubles as the DI token.
 */
export abstract class CredentialStore {
  /** Sets an account's password hash, clearing its failures and lock. */
  abstract setPassword(accountId: string, login: string, hash: string): Promise<void>;

  abstract credentialByLogin(login: string): Promise<Credential | null>;

  /**
   * Counts a failed sign-in; the `maxFailures`-th in a row locks the account until
   * `now + lockMs` and starts the count again.
   */
  abstract recordFailure(
    accountId: string,
    now: Date,
    maxFailures: number,
    lockMs: number,
  ): Promise<FailureOutcome>;

  /** A successful sign-in clears the count of failures. */
  abstract recordSuccess(accountId: string): Promise<void>;

  abstract createSession(session: Session): Promise<void>;

  abstract session(key: string): Promise<Session | null>;

  /** Slides a session's expiry on. */
  abstract touchSession(key: string, lastSeenAt: string, expiresAt: string): Promise<void>;

  abstract endSession(key: string): Promise<void>;

  /** Ends every session of an account (sign out everywhere, disabling, a withdrawn role). */
  abstract endSessionsOf(accountId: string): Promise<void>;

  /** Issues a link for an account; the account's earlier links stop working. */
  abstract issueInvitation(invitation: Omit<Invitation, 'usedAt'>): Promise<void>;

  /**
   * Uses a link once: the account it was for, or null when it is unknown, used or
   * expired at `now`. Of two concurrent uses only one gets the account.
   */
  abstract takeInvitation(key: string, now: Date): Promise<string | null>;

  abstract close(): Promise<void>;
}

export function lockedUntilAfter(failedAttempts: number, now: Date, max: number, lockMs: number) {
  return failedAttempts >= max ? new Date(now.getTime() + lockMs).toISOString() : null;
}
