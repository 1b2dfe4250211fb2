import type { CredentialStore } from './credential-store.port';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));
const LOCK_MS = 15 * 60_000;
const session = (key: string, accountId: string) => ({
  key,
  accountId,
  csrfToken: `csrf-${key}`,
  createdAt: at(0).toISOString(),
  expiresAt: at(60).toISOString(),
  lastSeenAt: at(0).toISOString(),
});

/** The behaviour every CredentialStore adapter must show. Time is passed in: nothing sleeps. */
export function credentialStoreContract(open: () => Promise<CredentialStore>): void {
  let store: CredentialStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('finds a credential by its login in any case, and a new password clears failures and lock', async () => {
    await store.setPassword('a1', 'Wang.JG', 'hash-1');
    await store.recordFailure('a1', at(0), 5, LOCK_MS);
    expect(await store.credentialByLogin('wang.jg')).toEqual({
      accountId: 'a1',
      login: 'Wang.JG',
      hash: 'hash-1',
      failedAttempts: 1,
      lockedUntil: null,
    });
    await store.setPassword('a1', 'Wang.JG', 'hash-2');
    expect(await store.credentialByLogin('WANG.JG')).toMatchObject({
      hash: 'hash-2',
      failedAttempts: 0,
    });
    expect(await store.credentialByLogin('li.xy')).toBeNull();
  });

  it('locks at the fifth failure in a row, counts again after it, and a success clears the count', async () => {
    await store.setPassword('a1', 'wang', 'h');
    for (let i = 1; i <= 4; i++)
      expect(await store.recordFailure('a1', at(i), 5, LOCK_MS)).toEqual({
        failedAttempts: i,
        lockedUntil: null,
      });
    expect(await store.recordFailure('a1', at(5), 5, LOCK_MS)).toEqual({
      failedAttempts: 5,
      lockedUntil: at(20).toISOString(),
    });
    expect(await store.credentialByLogin('wang')).toMatchObject({
      failedAttempts: 0,
      lockedUntil: at(20).toISOString(),
    });
    await store.recordFailure('a1', at(21), 5, LOCK_MS);
    await store.recordSuccess('a1');
    expect(await store.credentialByLogin('wang')).toMatchObject({
      failedAttempts: 0,
      lockedUntil: null,
    });
  });

  it('keeps sessions by key, slides them, and ends one or all of an account', async () => {
    await store.createSession(session('k1', 'a1'));
    await store.createSession(session('k2', 'a1'));
    await store.createSession(session('k3', 'a2'));
    expect(await store.session('k1')).toEqual(session('k1', 'a1'));
    await store.touchSession('k1', at(30).toISOString(), at(90).toISOString());
    expect(await store.session('k1')).toMatchObject({
      lastSeenAt: at(30).toISOString(),
      expiresAt: at(90).toISOString(),
    });
    await store.endSession('k1');
    expect(await store.session('k1')).toBeNull();
    await store.endSessionsOf('a1');
    expect(await store.session('k2')).toBeNull();
    expect(await store.session('k3')).not.toBeNull();
  });

  it('uses a link once, not after its expiry, and not once a newer link was issued', async () => {
    await store.issueInvitation({ key: 'i1', accountId: 'a1', expiresAt: at(60).toISOString() });
    expect(await store.takeInvitation('i1', at(1))).toBe('a1');
    expect(await store.takeInvitation('i1', at(2))).toBeNull();
    await store.issueInvitation({ key: 'i2', accountId: 'a1', expiresAt: at(60).toISOString() });
    expect(await store.takeInvitation('i2', at(60))).toBeNull();
    await store.issueInvitation({ key: 'i3', accountId: 'a1', expiresAt: at(60).toISOString() });
    await store.issueInvitation({ key: 'i4', accountId: 'a1', expiresAt: at(60).toISOString() });
    expect(await store.takeInvitation('i3', at(1))).toBeNull();
    expect(await store.takeInvitation('unknown', at(1))).toBeNull();
    const uses = await Promise.all(
      Array.from({ length: 6 }, () => store.takeInvitation('i4', at(1))),
    );
    expect(uses.filter((use) => use === 'a1')).toHaveLength(1);
  });
}
