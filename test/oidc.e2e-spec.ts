import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pb/platform';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { TEST_JWT_SECRET } from './support/auth';
import { call } from './support/http';
import { freePort } from './support/processes';

const CLIENT_ID = 'party-building';
const CLIENT_SECRET = 'provider-secret-for-tests';

/**
 * The federation's identity provider, as small as the flow needs: discovery, keys, an
 * authorization endpoint that signs `nextLogin` in at once, and a token endpoint that
 * checks the code, the client and the PKCE verifier before it signs an ID token.
 */
class Provider {
  nextLogin = '';
  /** What the token endpoint refused, for the test to look at. */
  readonly refusals: string[] = [];
  private readonly codes = new Map<
    string,
    { login: string; nonce: string; challenge: string; redirect: string }
  >();

  private constructor(
    private readonly server: Server,
    private readonly key: KeyLike,
    readonly issuer: string,
  ) {}

  static async start(): Promise<Provider> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    let provider: Provider | null = null;
    const server = createServer((request, response) => {
      void provider!.handle(
        request.method!,
        new URL(request.url!, provider!.issuer),
        request,
        response,
        jwk,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    provider = new Provider(server, privateKey, issuer);
    return provider;
  }

  private async handle(
    method: string,
    url: URL,
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
    jwk: object,
  ) {
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration')
      return json(200, {
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/authorize`,
        token_endpoint: `${this.issuer}/token`,
        jwks_uri: `${this.issuer}/jwks`,
      });
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const code = randomUUID();
      this.codes.set(code, {
        login: this.nextLogin,
        nonce: q.get('nonce')!,
        challenge: q.get('code_challenge')!,
        redirect: q.get('redirect_uri')!,
      });
      const back = new URL(q.get('redirect_uri')!);
      // As Keycloak does: the issuer (RFC 9207) and a session state beside the code.
      back.search = new URLSearchParams({
        code,
        state: q.get('state')!,
        iss: this.issuer,
        session_state: randomUUID(),
      }).toString();
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (url.pathname === '/token' && method === 'POST') {
      let raw = '';
      for await (const chunk of request) raw += chunk;
      const form = new URLSearchParams(raw);
      const granted = this.codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const refusal = !granted
        ? 'unknown code'
        : form.get('client_secret') !== CLIENT_SECRET
          ? 'wrong client secret'
          : createHash('sha256').update(verifier).digest('base64url') !== granted.challenge
            ? 'PKCE verifier does not match'
            : form.get('redirect_uri') !== granted.redirect
              ? 'redirect_uri differs'
              : null;
      if (refusal) {
        this.refusals.push(refusal);
        return json(400, { error: 'invalid_grant' });
      }
      this.codes.delete(form.get('code')!);
      const idToken = await new SignJWT({
        nonce: granted!.nonce,
        preferred_username: granted!.login,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(this.issuer)
        .setAudience(CLIENT_ID)
        .setSubject(`sub-${granted!.login}`)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(this.key);
      return json(200, { access_token: 'unused', token_type: 'Bearer', id_token: idToken });
    }
    json(404, { error: 'not_found' });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The cookies a Set-Cookie list sets, by name (an empty value clears). */
function cookiesOf(response: Response): Map<string, string> {
  return new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      return [pair!.slice(0, at), pair!.slice(at + 1)];
    }),
  );
}

describe('sign-in through the federation OpenID Connect provider', () => {
  let provider: Provider;
  let api: Api;
  let base: string;

  beforeAll(async () => {
    provider = await Provider.start();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = await startApi(
      loadConfig({
        AUTH_JWT_SECRET: TEST_JWT_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pb-oidc-')),
        PORT: String(port),
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_REDIRECT_URI: `${base}/session/oidc/callback`,
        OIDC_NAME: '科协统一身份认证',
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await api?.app.close();
    await provider?.stop();
  });

  /** The browser's part: to the provider and back, carrying the attempt cookie. */
  async function signInThroughProvider(login: string) {
    provider.nextLogin = login;
    const started = await fetch(`${base}/session/oidc`, { redirect: 'manual' });
    expect(started.status).toBe(302);
    const attempt = cookiesOf(started).get('pb_oidc')!;
    expect(attempt).toBeTruthy();
    const atProvider = await fetch(started.headers.get('location')!, { redirect: 'manual' });
    expect(atProvider.status).toBe(302);
    const back = await fetch(atProvider.headers.get('location')!, {
      redirect: 'manual',
      headers: { cookie: `pb_oidc=${attempt}` },
    });
    expect(back.status).toBe(302);
    return { location: back.headers.get('location')!, cookies: cookiesOf(back) };
  }

  it('says which provider the sign-in page may offer', async () => {
    const providers = await call(base, 'GET', '/session/providers');
    expect(providers.body).toEqual({
      password: true,
      oidc: { name: '科协统一身份认证', path: '/session/oidc' },
    });
  });

  it('signs an invited account in by the login the ID token names, and activates it', async () => {
    const login = `zhang.${randomUUID().slice(0, 6)}`;
    const invited = await call(base, 'POST', '/accounts', {
      login,
      displayName: '张三',
      role: 'auditor',
    });
    expect(invited.status).toBe(201);

    const { location, cookies } = await signInThroughProvider(login);
    expect(location).toBe('/app/#/');
    expect(provider.refusals).toEqual([]);
    const session = cookies.get('pb_session')!;
    expect(session).toBeTruthy();
    expect(cookies.get('pb_oidc')).toBe('');

    const current = await fetch(`${base}/session`, {
      headers: { cookie: `pb_session=${session}` },
    });
    expect(current.status).toBe(200);
    expect(((await current.json()) as { account: { login: string } }).account.login).toBe(login);
    const account = await call(base, 'GET', `/accounts/${invited.body.id}`);
    expect(account.body.status).toBe('active');
  });

  it('sends a person whose login has no account back to the sign-in page with the reason', async () => {
    const { location, cookies } = await signInThroughProvider('nobody-here');
    expect(location).toBe('/app/#/sign-in?problem=AUTH.OIDC_UNKNOWN_ACCOUNT');
    expect(cookies.has('pb_session')).toBe(false);
  });

  it('refuses a callback that this browser did not start (no attempt cookie, or another state)', async () => {
    const stray = await fetch(`${base}/session/oidc/callback?code=abc&state=forged`, {
      redirect: 'manual',
    });
    expect(stray.status).toBe(302);
    expect(stray.headers.get('location')).toBe('/app/#/sign-in?problem=AUTH.OIDC_FAILED');
    expect(cookiesOf(stray).has('pb_session')).toBe(false);
  });

  it('refuses a disabled account even when the provider vouches for the person', async () => {
    const login = `li.${randomUUID().slice(0, 6)}`;
    const invited = await call(base, 'POST', '/accounts', {
      login,
      displayName: '李四',
      role: 'auditor',
    });
    await signInThroughProvider(login);
    expect(
      (await call(base, 'POST', `/accounts/${invited.body.id}/disable`, { reason: '离岗' })).status,
    ).toBe(200);
    const { location, cookies } = await signInThroughProvider(login);
    expect(location).toBe('/app/#/sign-in?problem=AUTH.ACCOUNT_DISABLED');
    expect(cookies.has('pb_session')).toBe(false);
  });
});
