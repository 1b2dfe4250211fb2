import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { embeddedFiles, type AppConfig } from '@pb/platform';
import { importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
import { Unauthenticated } from './auth-errors';
import { ROLES, type Principal, type Role } from './principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The embedded mode's HS256 secret, made on first start and kept beside the data. */
export function embeddedSecret(dataDir: string): { secret: string; created: boolean } {
  const file = embeddedFiles(dataDir).secret;
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), created: false };
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secret, created: true };
}

/** How many verified tokens are kept; past it the oldest is forgotten. */
const VERIFIED_KEPT = 1000;

/** Verifies bearer tokens (HS256 secret or RS256 public key) and mints HS256 ones. */
export class TokenService {
  /**
   * Tokens that verified, with what they say and until when (`exp`, in seconds): a
   * client's next request costs a lookup, not a signature check, and never outlives
   * the token's expiry. The key is the whole token, signature included.
   */
  private readonly verified = new Map<string, { principal: Principal; exp: number | null }>();

  private constructor(
    private readonly key: Uint8Array | KeyLike,
    private readonly algorithm: 'HS256' | 'RS256',
    private readonly issuer: string | null,
  ) {}

  static async fromConfig(
    config: AppConfig,
  ): Promise<{ tokens: TokenService; secretCreated: boolean }> {
    if (config.auth.publicKeyPem)
      return {
        tokens: new TokenService(
          await importSPKI(config.auth.publicKeyPem, 'RS256'),
          'RS256',
          config.auth.issuer,
        ),
        secretCreated: false,
      };
    const { secret, created } = config.auth.secret
      ? { secret: config.auth.secret, created: false }
      : embeddedSecret(config.dataDir);
    return {
      tokens: new TokenService(new TextEncoder().encode(secret), 'HS256', config.auth.issuer),
      secretCreated: created,
    };
  }

  async verify(token: string): Promise<Principal> {
    const kept = this.verified.get(token);
    if (kept && (kept.exp === null || Math.floor(Date.now() / 1000) < kept.exp))
      return kept.principal;
    this.verified.delete(token);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [this.algorithm],
        ...(this.issuer ? { issuer: this.issuer } : {}),
      }));
    } catch {
      throw new Unauthenticated(
        'AUTH.TOKEN_INVALID',
        'the bearer token does not verify or has expired',
      );
    }
    const principal = principalOf(payload);
    if (this.verified.size >= VERIFIED_KEPT)
      this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, {
      principal,
      exp: typeof payload.exp === 'number' ? payload.exp : null,
    });
    return principal;
  }

  /** An HS256 token for a role and a subject (the CLI's `token` command). */
  async mint(
    claims: { sub: string; role: Role; memberId?: string; societyId?: string; scopes?: string[] },
    expiresIn = '30d',
  ): Promise<string> {
    if (this.algorithm !== 'HS256')
      throw new Error(
        'tokens are minted by the identity provider when an RS256 public key is configured',
      );
    principalOf(claims);
    let jwt = new SignJWT({
      role: claims.role,
      memberId: claims.memberId,
      societyId: claims.societyId,
      scopes: claims.scopes,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(expiresIn);
    if (this.issuer) jwt = jwt.setIssuer(this.issuer);
    return jwt.sign(this.key as Uint8Array);
  }
}

function principalOf(payload: Record<string, unknown>): Principal {
  const invalid = (why: string) =>
    new Unauthenticated('AUTH.CLAIMS_INVALID', `the token's claims are invalid: ${why}`);
  const { sub, role, memberId, societyId, scopes } = payload;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200)
    throw invalid('sub must be a non-empty string');
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    throw invalid(`role must be one of ${ROLES.join(', ')}`);
  if (role === 'liaison' && (typeof memberId !== 'string' || !UUID.test(memberId)))
    throw invalid('a liaison token needs memberId (a UUID)');
  if (role === 'society' && (typeof societyId !== 'string' || !UUID.test(societyId)))
    throw invalid('a society token needs societyId (a UUID)');
  if (
    scopes !== undefined &&
    (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string'))
  )
    throw invalid('scopes must be a list of strings');
  return {
    sub,
    role: role as Role,
    memberId: role === 'liaison' ? (memberId as string) : null,
    societyId: role === 'society' ? (societyId as string) : null,
    scopes: role === 'integration' ? ((scopes as string[] | undefined) ?? []) : [],
  };
}
