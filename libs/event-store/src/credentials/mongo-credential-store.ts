import type { Collection, Db } from 'mongodb';
import { guarded, isDuplicateKey } from '@pb/storage';
import {
  CredentialStore,
  lockedUntilAfter,
  type Credential,
  type FailureOutcome,
  type Invitation,
  type Session,
} from './credential-store.port';

interface CredentialDocument {
  _id: string;
  login: string;
  /** The login in lower case: logins match case-insensitively. */
  loginKey: string;
  hash: string;
  failedAttempts: number;
  lockedUntil: string | null;
}

type SessionDocument = Omit<Session, 'key'> & { _id: string };
type InvitationDocument = Omit<Invitation, 'key' | 'usedAt'> & { _id: string };

/**
 * Credentials, sessions and links as internal collections (no generation, never a view).
 * A link is used by inserting its key into `invitation_uses`, whose unique `_id` every
 * MongoDB-wire server enforces, so that a link is used once even where a filtered update
 * is not atomic (FerretDB v1).
 */
export class MongoCredentialStore extends CredentialStore {
  private readonly credentials: Collection<CredentialDocument>;
  private readonly sessions: Collection<SessionDocument>;
  private readonly invitations: Collection<InvitationDocument>;
  private readonly uses: Collection<{ _id: string; at: string }>;

  constructor(db: Db) {
    super();
    this.credentials = db.collection('credentials');
    this.sessions = db.collection('sessions');
    this.invitations = db.collection('invitations');
    this.uses = db.collection('invitation_uses');
  }

  async setPassword(accountId: string, login: string, hash: string): Promise<void> {
    await guarded(() =>
      this.credentials.replaceOne(
        { _id: accountId },
        { login, loginKey: login.toLowerCase(), hash, failedAttempts: 0, lockedUntil: null },
        { upsert: true },
      ),
    );
  }

  async credentialByLogin(login: string): Promise<Credential | null> {
    const found = await guarded(() => this.credentials.findOne({ loginKey: login.toLowerCase() }));
    if (!found) return null;
    const { _id, login: stored, hash, failedAttempts, lockedUntil } = found;
    return { accountId: _id, login: stored, hash, failedAttempts, lockedUntil };
  }

  async recordFailure(
    accountId: string,
    now: Date,
    maxFailures: number,
    lockMs: number,
  ): Promise<FailureOutcome> {
    const counted = await guarded(() =>
      this.credentials.findOneAndUpdate(
        { _id: accountId },
        { $inc: { failedAttempts: 1 } },
        { returnDocument: 'after' },
      ),
    );
    const failedAttempts = counted?.failedAttempts ?? 1;
    const lockedUntil = lockedUntilAfter(failedAttempts, now, maxFailures, lockMs);
    if (lockedUntil)
      await guarded(() =>
        this.credentials.updateOne(
          { _id: accountId },
          { $set: { failedAttempts: 0, lockedUntil } },
        ),
      );
    return { failedAttempts, lockedUntil };
  }

  async recordSuccess(accountId: string): Promise<void> {
    await guarded(() =>
      this.credentials.updateOne(
        { _id: accountId },
        { $set: { failedAttempts: 0, lockedUntil: null } },
      ),
    );
  }

  async createSession({ key, ...session }: Session): Promise<void> {
    await guarded(() => this.sessions.insertOne({ _id: key, ...session }));
  }

  async session(key: string): Promise<Session | null> {
    const found = await guarded(() => this.sessions.findOne({ _id: key }));
    if (!found) return null;
    const { _id, ...session } = found;
    return { key: _id, ...session };
  }

  async touchSession(key: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await guarded(() => this.sessions.updateOne({ _id: key }, { $set: { lastSeenAt, expiresAt } }));
  }

  async endSession(key: string): Promise<void> {
    await guarded(() => this.sessions.deleteOne({ _id: key }));
  }

  async endSessionsOf(accountId: string): Promise<void> {
    await guarded(() => this.sessions.deleteMany({ accountId }));
  }

  async issueInvitation({ key, ...invitation }: Omit<Invitation, 'usedAt'>): Promise<void> {
    await guarded(() => this.invitations.deleteMany({ accountId: invitation.accountId }));
    await guarded(() => this.invitations.insertOne({ _id: key, ...invitation }));
  }

  async takeInvitation(key: string, now: Date): Promise<string | null> {
    const found = await guarded(() => this.invitations.findOne({ _id: key }));
    if (!found || found.expiresAt <= now.toISOString()) return null;
    try {
      await guarded(() => this.uses.insertOne({ _id: key, at: now.toISOString() }));
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    await guarded(() => this.invitations.deleteOne({ _id: key }));
    return found.accountId;
  }

  async close(): Promise<void> {}
}
