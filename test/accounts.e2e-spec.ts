import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { ApiClient } from './support/api-client';
import { adminToken, TEST_JWT_SECRET } from './support/auth';

interface Answer {
  status: number;
  body: Record<string, unknown> & { code?: string };
  headers: Headers;
}

const PASSWORD = 'correct-horse-battery';

describe('accounts and sign-in in embedded mode', () => {
  let api: Api;
  let client: ApiClient;
  let admin: string;

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : {},
      headers: response.headers,
    };
  };
  const asAdmin = (method: string, path: string, body?: unknown) =>
    call(method, path, body, { authorization: `Bearer ${admin}` });
  const cookieOf = (answer: Answer) => answer.headers.get('set-cookie')!.split(';')[0]!;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-accounts-')),
        PORT: '0',
      }),
      { logger: false },
    );
    client = new ApiClient(api.url);
    admin = await adminToken();
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('invites, accepts, signs in, writes with the CSRF token only, locks, signs out everywhere and disables', async () => {
    const memberId = await client.member('王建国', 'member');
    const invited = await asAdmin('POST', '/accounts', {
      login: 'wang.jg',
      displayName: '王建国',
      role: 'liaison',
      memberId,
    });
    expect(invited.status).toBe(201);
    const accountId = invited.body.id as string;
    const invitation = invited.body.invitation as { token: string; path: string };
    expect(invitation.path).toBe(`/app/#/invitation/${invitation.token}`);
    expect(
      (
        await asAdmin('POST', '/accounts', {
          login: 'WANG.jg',
          displayName: '另一人',
          role: 'auditor',
        })
      ).body.code,
    ).toBe('ACCOUNT.LOGIN_TAKEN');

    const short = await call('POST', '/session/invitation', {
      token: invitation.token,
      password: 'short',
    });
    expect([short.status, short.body.field]).toEqual([400, 'password']);
    const accepted = await call('POST', '/session/invitation', {
      token: invitation.token,
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.headers.get('set-cookie')).toMatch(
      /^pb_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=604800$/,
    );
    expect(accepted.body.account).toEqual({
      id: accountId,
      login: 'wang.jg',
      displayName: '王建国',
      role: 'liaison',
      memberId,
      societyId: null,
    });
    const again = await call('POST', '/session/invitation', {
      token: invitation.token,
      password: PASSWORD,
    });
    expect([again.status, again.body.code]).toEqual([410, 'AUTH.INVITATION_INVALID']);

    const signedIn = await call('POST', '/session', { login: 'wang.jg', password: PASSWORD });
    expect(signedIn.status).toBe(200);
    const cookie = cookieOf(signedIn);
    const csrf = signedIn.body.csrfToken as string;
    const sessionId = cookie.split('=')[1]!;
    expect((await call('GET', '/session', undefined, { cookie })).body).toEqual({
      account: accepted.body.account,
      csrfToken: csrf,
    });
    expect((await call('GET', '/session')).body.code).toBe('AUTH.SESSION_MISSING');
    // A liaison reads their own member views by cookie; a write needs the CSRF token.
    expect((await call('GET', `/members/${memberId}`, undefined, { cookie })).status).toBe(200);
    const noCsrf = await call('DELETE', '/session', undefined, { cookie });
    expect([noCsrf.status, noCsrf.body.code]).toEqual([403, 'AUTH.CSRF_INVALID']);
    const wrongCsrf = await call(
      'POST',
      '/members',
      { name: '李', position: 'member' },
      {
        cookie,
        'x-csrf-token': 'x'.repeat(43),
      },
    );
    expect(wrongCsrf.body.code).toBe('AUTH.CSRF_INVALID');
    const withCsrf = await call(
      'POST',
      '/members',
      { name: '李', position: 'member' },
      {
        cookie,
        'x-csrf-token': csrf,
      },
    );
    expect([withCsrf.status, withCsrf.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);

    for (let i = 1; i <= 4; i++)
      expect(
        (await call('POST', '/session', { login: 'wang.jg', password: `wrong-${i}` })).body.code,
      ).toBe('AUTH.CREDENTIALS_WRONG');
    expect((await call('POST', '/session', { login: 'nobody', password: 'wrong' })).body.code).toBe(
      'AUTH.CREDENTIALS_WRONG',
    );
    const locked = await call('POST', '/session', { login: 'wang.jg', password: 'wrong-5' });
    expect([locked.status, locked.body.code]).toEqual([423, 'AUTH.ACCOUNT_LOCKED']);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(890);
    expect(locked.body.retryAfterSeconds).toBe(Number(locked.headers.get('retry-after')));
    const stillLocked = await call('POST', '/session', { login: 'wang.jg', password: PASSWORD });
    expect(stillLocked.status).toBe(423);

    const acceptedCookie = cookieOf(accepted);
    const everywhere = await call('DELETE', '/sessions', undefined, {
      cookie,
      'x-csrf-token': csrf,
    });
    expect(everywhere.status).toBe(204);
    expect(everywhere.headers.get('set-cookie')).toMatch(/^pb_session=; .*Max-Age=0/);
    for (const ended of [cookie, acceptedCookie])
      expect((await call('GET', '/session', undefined, { cookie: ended })).status).toBe(401);

    const disabled = await asAdmin('POST', `/accounts/${accountId}/disable`, { reason: '离任' });
    expect(disabled.status).toBe(200);
    const link = (await asAdmin('POST', `/accounts/${accountId}/invitation`)).body;
    expect(link.code).toBe('ACCOUNT.DISABLED');
    const view = (await client.view(`/accounts/${accountId}`, disabled.body.version as number)) as {
      status: string;
    };
    expect(view).toMatchObject({ login: 'wang.jg', status: 'disabled', role: 'liaison' });

    // The audit trail names the admin who invited, and no event holds a secret.
    const trail = (await asAdmin('GET', `/audit/events?streamId=account-${accountId}`))
      .body as unknown as {
      items: { what: string; who: string; data: unknown }[];
    };
    expect(trail.items.map((e) => [e.what, e.who])).toEqual([
      ['AccountInvited', 'office-test'],
      ['InvitationAccepted', `account:${accountId}`],
      ['AccountDisabled', 'office-test'],
    ]);
    const everything = JSON.stringify(trail.items);
    for (const secret of [PASSWORD, sessionId, invitation.token, csrf])
      expect(everything).not.toContain(secret);
  });

  it('ends the sessions of an account whose role is withdrawn, and refuses its other routes', async () => {
    const invited = await asAdmin('POST', '/accounts', {
      login: 'auditor.li',
      displayName: '李审计',
      role: 'auditor',
    });
    const accountId = invited.body.id as string;
    const { token } = invited.body.invitation as { token: string };
    const signedIn = await call('POST', '/session/invitation', { token, password: PASSWORD });
    const cookie = cookieOf(signedIn);
    expect((await call('GET', '/audit/events', undefined, { cookie })).status).toBe(200);
    expect((await asAdmin('DELETE', `/accounts/${accountId}/role`)).status).toBe(200);
    expect((await call('GET', '/audit/events', undefined, { cookie })).status).toBe(401);
    const back = await call('POST', '/session', { login: 'auditor.li', password: PASSWORD });
    const again = cookieOf(back);
    expect((back.body.account as { role: unknown }).role).toBeNull();
    expect((await call('GET', '/session', undefined, { cookie: again })).status).toBe(200);
    const refused = await call('GET', '/audit/events', undefined, { cookie: again });
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.ROLE_WITHDRAWN']);
  });
});
