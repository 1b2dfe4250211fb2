import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';

/** A fresh HS256 secret for the processes one bench run starts (AUTH_JWT_SECRET). */
export const BENCH_JWT_SECRET = randomBytes(32).toString('base64url');

/** The committee office's token, signed with the secret the bench gave its processes. */
export function adminToken(secret = BENCH_JWT_SECRET): Promise<string> {
  return new SignJWT({ role: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench-office')
    .setIssuedAt()
    .setExpirationTime('6h')
    .sign(new TextEncoder().encode(secret));
}
