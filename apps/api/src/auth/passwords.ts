import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/** argon2id (the package's enum is declared `const` and is empty at run time). */
const ARGON2ID: Algorithm = 2;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** argon2id hashes; a login that does not exist is checked against a dummy hash, in the same time. */
@Injectable()
export class Passwords {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }

  /** Spends the time a real check would, so that the answer does not tell whether a login exists. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('not a password of anyone');
    await this.verify(await this.dummy, password);
    return false;
  }
}
