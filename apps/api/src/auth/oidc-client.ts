import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Runtime, type OidcSettings } from '@pb/platform';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** What the provider's discovery document says we need. */
interface Discovery {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly jwks_uri: string;
}

/** What the browser keeps between the redirect and the callback (an HttpOnly cookie). */
export interface OidcAttempt {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

/** Why signing in through the provider failed; the sign-in page says it in Chinese. */
export class OidcFailure extends Error {
  constructor(
    readonly code:
      | 'AUTH.OIDC_NOT_CONFIGURED'
      | 'AUTH.OIDC_FAILED'
      | 'AUTH.OIDC_UNKNOWN_ACCOUNT'
      | 'AUTH.ACCOUNT_DISABLED',
    message: string,
  ) {
    super(message);
  }
}

const random = () => randomBytes(32).toString('base64url');
const FETCH_TIMEOUT_MS = 10_000;

/**
 * The authorization code flow with PKCE against the federation's provider: the address
 * to send a person to, and the login their ID token names once they come back. The ID
 * token is verified against the provider's published keys, issuer, audience and nonce.
 */
@Injectable()
export class OidcClient {
  private discovery: Promise<Discovery> | null = null;
  private keys: ReturnType<typeof createRemoteJWKSet> | null = null;

  constructor(@Inject(Runtime) private readonly runtime: Runtime) {}

  get settings(): OidcSettings | null {
    return this.runtime.config.sessions.oidc;
  }

  private configured(): OidcSettings {
    const settings = this.settings;
    if (!settings)
      throw new OidcFailure('AUTH.OIDC_NOT_CONFIGURED', 'no OpenID Connect provider is set up');
    return settings;
  }

  private async discover(settings: OidcSettings): Promise<Discovery> {
    this.discovery ??= (async () => {
      const response = await fetch(`${settings.issuer}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`discovery answered ${response.status}`);
      return (await response.json()) as Discovery;
    })().catch((error: unknown) => {
      this.discovery = null;
      throw new OidcFailure('AUTH.OIDC_FAILED', `the provider cannot be reached: ${String(error)}`);
    });
    return this.discovery;
  }

  /** Where to send the person, and what to keep until they come back. */
  async start(): Promise<{ location: string; attempt: OidcAttempt }> {
    const settings = this.configured();
    const { authorization_endpoint } = await this.discover(settings);
    const attempt = { state: random(), nonce: random(), verifier: random() };
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: settings.redirectUri,
      scope: 'openid profile',
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: createHash('sha256').update(attempt.verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { location: url.toString(), attempt };
  }

  /** The login named by the ID token the provider gives for `code`. */
  async finish(code: string, state: string, attempt: OidcAttempt | null): Promise<string> {
    const settings = this.configured();
    if (!attempt || attempt.state !== state)
      throw new OidcFailure('AUTH.OIDC_FAILED', 'the sign-in was not started here, or expired');
    const discovery = await this.discover(settings);
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: settings.redirectUri,
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        code_verifier: attempt.verifier,
      }),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    }).catch(() => null);
    if (!response?.ok)
      throw new OidcFailure('AUTH.OIDC_FAILED', 'the provider refused the authorization code');
    const { id_token: idToken } = (await response.json()) as { id_token?: string };
    if (typeof idToken !== 'string')
      throw new OidcFailure('AUTH.OIDC_FAILED', 'the provider answered no ID token');
    this.keys ??= createRemoteJWKSet(new URL(discovery.jwks_uri));
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(idToken, this.keys, {
        issuer: settings.issuer,
        audience: settings.clientId,
      }));
    } catch {
      throw new OidcFailure('AUTH.OIDC_FAILED', 'the ID token does not verify');
    }
    if (claims.nonce !== attempt.nonce)
      throw new OidcFailure('AUTH.OIDC_FAILED', 'the ID token is not for this sign-in');
    const login = claims[settings.loginClaim];
    if (typeof login !== 'string' || login === '')
      throw new OidcFailure('AUTH.OIDC_FAILED', `the ID token has no ${settings.loginClaim}`);
    return login;
  }
}
