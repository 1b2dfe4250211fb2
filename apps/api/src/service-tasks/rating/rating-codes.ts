import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Runtime, type AppConfig } from '@pb/platform';
import { embeddedSecret } from '../../auth/token.service';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** 12 base32 letters: 60 bits, beyond guessing at any rate the api admits. */
export const CODE_LENGTH = 12;
const CODE = new RegExp(`^[${BASE32}]{${CODE_LENGTH}}$`);

/** SHA-256 (hex) of a code: all that an event keeps of it. */
export function codeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/**
 * A code as a person may type it from paper (lower case, in groups of four, a zero for
 * an O or a one for an I: base32 has neither digit), or null when it cannot be a code.
 */
export function normalizedCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase().replace(/0/g, 'O').replace(/1/g, 'I');
  return CODE.test(code) ? code : null;
}

/** The first 60 bits of a digest, as base32 letters. */
function base32(bytes: Buffer): string {
  let out = '';
  for (let bit = 0; out.length < CODE_LENGTH; bit += 5) {
    const byte = bit >> 3;
    const pair = (bytes[byte] << 8) | (bytes[byte + 1] ?? 0);
    out += BASE32[(pair >> (11 - (bit & 7))) & 31];
  }
  return out;
}

/** The secret the codes are derived from: its own, or the token secret (docs/people-rating.md). */
function codeSecret(config: AppConfig): string {
  return config.rating.codeSecret ?? config.auth.secret ?? embeddedSecret(config.dataDir).secret;
}

/**
 * The one-time codes of a rating are derived, never stored: the nth code of the rating
 * opened by commit `version` of a task is an HMAC of the three. The society can print
 * them again at any time; the events keep only their hashes.
 */
@Injectable()
export class RatingCodes {
  private readonly key: Buffer;

  constructor(@Inject(Runtime) runtime: Runtime) {
    // A key of its own, so that a rating code never doubles as anything signed with the token secret.
    this.key = createHmac('sha256', codeSecret(runtime.config)).update('rating-codes').digest();
  }

  codes(taskId: string, version: number, count: number): string[] {
    return Array.from({ length: count }, (_, n) =>
      base32(createHmac('sha256', this.key).update(`${taskId}:${version}:${n}`).digest()),
    );
  }
}
