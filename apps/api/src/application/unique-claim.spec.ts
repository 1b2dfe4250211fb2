import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteClaims, type StoredCommit } from '@pb/event-store';
import { takeClaim } from './unique-claim';

describe('takeClaim', () => {
  const claims = new SqliteClaims(join(mkdtempSync(join(tmpdir(), 'pb-claims-')), 'claims.db'));
  /** Streams with events: only `account-with-events`. */
  const store = {
    readStream: async (streamId: string) =>
      (streamId === 'account-with-events' ? [{}] : []) as StoredCommit[],
  };
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

  afterAll(() => claims.close());

  it('takes a free key, and keeps a key for the stream that holds it', async () => {
    expect(await takeClaim(claims, store, 'login:a', 'account-1')).toBe(true);
    expect(await takeClaim(claims, store, 'login:a', 'account-1')).toBe(true);
    expect(await takeClaim(claims, store, 'login:a', 'account-2')).toBe(false);
  });

  it('takes over a key claimed over a minute ago by a stream that never got an event', async () => {
    await claims.claim('login:b', 'account-crashed', minutesAgo(2));
    expect(await takeClaim(claims, store, 'login:b', 'account-3')).toBe(true);
    expect(await claims.ownerOf('login:b')).toBe('account-3');
  });

  it('leaves a recent claim, and one whose stream has events, to its holder', async () => {
    await claims.claim('login:c', 'account-just-now', minutesAgo(0));
    expect(await takeClaim(claims, store, 'login:c', 'account-4')).toBe(false);
    await claims.claim('login:d', 'account-with-events', minutesAgo(5));
    expect(await takeClaim(claims, store, 'login:d', 'account-5')).toBe(false);
    expect(await claims.ownerOf('login:d')).toBe('account-with-events');
  });
});
