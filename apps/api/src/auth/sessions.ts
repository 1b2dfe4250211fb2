import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { streamIdOf } from '@pb/contracts';
import { accountDecider, type AccountRole, type AccountState } from '@pb/domain';
import { CredentialStore, type Session } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import type { FastifyRequest } from 'fastify';
import { StreamStates } from '../application/stream-states';
import { AccountRefused, credentialsWrong, sessionMissing } from './auth-errors';
import { Passwords } from './passwords';
import type { Principal } from './principal';
import { AccountLocked, InvitationInvalid } from './sign-in-errors';
import {
  csrfAccepted,
  lockedFor,
  secretKey,
  sessionExpiry,
  sessionIdOf,
  TOUCH_EVERY_MS,
} from './sign-in.rules';

/** What the pages learn of the signed-in account. */
export interface SignedInAccount {
  readonly id: string;
  readonly login: string;
  readonly displayName: string;
  readonly role: AccountRole | null;
  readonly memberId: string | null;
  readonly societyId: string | null;
}

export interface SignedIn {
  /** The session id, for the cookie only: never stored, logged or answered in a body. */
  readonly sessionId: string;
  readonly session: Session;
  readonly account: SignedInAccount;
}

type Existing = Exclude<AccountState, { status: 'none' }>;

const random = () => randomBytes(32).toString('base64url');

/** The actor an account's requests write into events. */
export const accountActor = (accountId: string) => `account:${accountId}`;

/**
 * Password sign-in, sessions and one-time links. The account itself (status, role) is
 * read from its stream at every use, so that a change takes effect at the next request.
 */
@Injectable()
export class Sessions {
  constructor(
    @Inject(CredentialStore) private readonly store: CredentialStore,
    @Inject(Runtime) private readonly runtime: Runtime,
    private readonly states: StreamStates,
    private readonly passwords: Passwords,
  ) {}

  private get settings() {
    return this.runtime.config.sessions;
  }

  async account(accountId: string): Promise<Existing | null> {
    const { state } = await this.states.load(streamIdOf('account', accountId), accountDecider);
    return state.status === 'none' ? null : state;
  }

  /**
   * Checks a login and password: a locked account is refused before the password is
   * looked at; the failure that reaches the limit locks it and is answered so.
   */
  async signIn(login: string, password: string): Promise<SignedIn> {
    const now = new Date();
    const credential = await this.store.credentialByLogin(login);
    if (!credential) {
      await this.passwords.verifyNothing(password);
      throw credentialsWrong();
    }
    const locked = lockedFor(credential.lockedUntil, now);
    if (locked !== null) throw new AccountLocked(locked);
    if (!(await this.passwords.verify(credential.hash, password))) {
      const { maxFailures, lockMinutes } = this.settings;
      const outcome = await this.store.recordFailure(
        credential.accountId,
        now,
        maxFailures,
        lockMinutes * 60_000,
      );
      const lockedNow = lockedFor(outcome.lockedUntil, now);
      throw lockedNow === null ? credentialsWrong() : new AccountLocked(lockedNow);
    }
    const account = await this.account(credential.accountId);
    if (!account) throw credentialsWrong();
    if (account.status === 'disabled') throw new AccountRefused('AUTH.ACCOUNT_DISABLED');
    await this.store.recordSuccess(credential.accountId);
    return this.start(credential.accountId, account);
  }

  /** Signs in an account whose person the federation's provider has vouched for. */
  async signInVerified(accountId: string): Promise<SignedIn> {
    const account = await this.account(accountId);
    if (!account) throw credentialsWrong();
    if (account.status === 'disabled') throw new AccountRefused('AUTH.ACCOUNT_DISABLED');
    return this.start(accountId, account);
  }

  /** Sets a password from a one-time link; the link is used up first, so it works once. */
  async takeInvitation(token: string): Promise<string> {
    const accountId = await this.store.takeInvitation(secretKey(token), new Date());
    if (accountId === null) throw new InvitationInvalid();
    return accountId;
  }

  async setPassword(accountId: string, password: string): Promise<SignedIn> {
    const account = await this.account(accountId);
    if (!account) throw new InvitationInvalid();
    if (account.status === 'disabled') throw new AccountRefused('AUTH.ACCOUNT_DISABLED');
    await this.store.setPassword(accountId, account.login, await this.passwords.hash(password));
    return this.start(accountId, account);
  }

  /** A new one-time link for an account; its earlier links stop working. */
  async issueInvitation(
    accountId: string,
  ): Promise<{ token: string; path: string; expiresAt: string }> {
    const token = random();
    const expiresAt = new Date(
      Date.now() + this.settings.invitationHours * 3_600_000,
    ).toISOString();
    await this.store.issueInvitation({ key: secretKey(token), accountId, expiresAt });
    return { token, path: `/app/#/invitation/${token}`, expiresAt };
  }

  private async start(accountId: string, account: Existing): Promise<SignedIn> {
    const now = new Date();
    const sessionId = random();
    const createdAt = now.toISOString();
    const session: Session = {
      key: secretKey(sessionId),
      accountId,
      csrfToken: random(),
      createdAt,
      lastSeenAt: createdAt,
      expiresAt: sessionExpiry(createdAt, now, this.settings),
    };
    await this.store.createSession(session);
    return { sessionId, session, account: signedInAccount(accountId, account) };
  }

  /** The session of a request's cookie, slid on; 401 AUTH.SESSION_MISSING when there is none. */
  async current(
    request: FastifyRequest,
  ): Promise<{ session: Session; account: SignedInAccount; state: Existing }> {
    const sessionId = sessionIdOf(request.headers.cookie);
    if (sessionId === null) throw sessionMissing();
    const now = new Date();
    const session = await this.store.session(secretKey(sessionId));
    if (!session) throw sessionMissing();
    if (session.expiresAt <= now.toISOString()) {
      await this.store.endSession(session.key);
      throw sessionMissing();
    }
    const state = await this.account(session.accountId);
    if (!state || state.status === 'disabled') {
      await this.store.endSessionsOf(session.accountId);
      throw sessionMissing();
    }
    if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS)
      await this.store.touchSession(
        session.key,
        now.toISOString(),
        sessionExpiry(session.createdAt, now, this.settings),
      );
    return { session, account: signedInAccount(session.accountId, state), state };
  }

  /** The current session, refusing a write without its CSRF token. */
  async forWrite(request: FastifyRequest): Promise<{ session: Session; account: SignedInAccount }> {
    const current = await this.current(request);
    if (!csrfAccepted(request.method, request.headers['x-csrf-token'], current.session.csrfToken))
      throw new AccountRefused('AUTH.CSRF_INVALID');
    return current;
  }

  /** Who a cookie-authenticated request is: the account's current grant, or 403 without one. */
  async principal(request: FastifyRequest): Promise<Principal> {
    const { account } = await this.forWrite(request);
    if (account.role === null) throw new AccountRefused('AUTH.ROLE_WITHDRAWN');
    return {
      sub: accountActor(account.id),
      role: account.role,
      memberId: account.memberId,
      societyId: account.societyId,
      scopes: [],
    };
  }

  endSession(session: Session): Promise<void> {
    return this.store.endSession(session.key);
  }

  endSessionsOf(accountId: string): Promise<void> {
    return this.store.endSessionsOf(accountId);
  }

  get cookieSettings(): { cookieSecure: boolean } {
    return { cookieSecure: this.settings.cookieSecure };
  }

  /** Seconds a new session's cookie is kept: its absolute lifetime. */
  get cookieMaxAge(): number {
    return this.settings.absoluteHours * 3600;
  }
}

function signedInAccount(id: string, account: Existing): SignedInAccount {
  return {
    id,
    login: account.login,
    displayName: account.displayName,
    role: account.grant?.role ?? null,
    memberId: account.grant?.memberId ?? null,
    societyId: account.grant?.societyId ?? null,
  };
}
