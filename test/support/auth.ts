import { SignJWT } from 'jose';

/** The HS256 secret every test api and process is started with. */
export const TEST_JWT_SECRET = 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';

export interface TestClaims {
  sub: string;
  role: 'admin' | 'auditor' | 'liaison' | 'society' | 'integration';
  memberId?: string;
  societyId?: string;
  scopes?: string[];
}

export function tokenFor(
  claims: TestClaims,
  secret = TEST_JWT_SECRET,
  expiresIn = '1h',
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

let admin: Promise<string> | null = null;

/** The committee office's token, which the test clients send unless told otherwise. */
export function adminToken(): Promise<string> {
  admin ??= tokenFor({ sub: 'office-test', role: 'admin' });
  return admin;
}

export async function bearer(token?: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${token ?? (await adminToken())}` };
}
