import { DomainError } from '@pb/domain';

/** No bearer token, or one that does not verify: 401. */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated' as const;
  constructor(code: string, message: string) {
    super(code, message);
  }
}

/** The caller's role or ownership does not admit this: 403. */
export class Forbidden extends DomainError {
  readonly kind = 'forbidden' as const;
  constructor(message: string) {
    super('AUTH.FORBIDDEN', message);
  }
}

/** Refusals of a signed-in person, each with its own code (disabled, CSRF, no role): 403. */
export class AccountRefused extends DomainError {
  readonly kind = 'forbidden' as const;
  constructor(code: 'AUTH.ACCOUNT_DISABLED' | 'AUTH.CSRF_INVALID' | 'AUTH.ROLE_WITHDRAWN') {
    super(code, ACCOUNT_REFUSALS[code]);
  }
}

const ACCOUNT_REFUSALS = {
  'AUTH.ACCOUNT_DISABLED': 'this account is disabled; ask the office (办公室) to enable it',
  'AUTH.CSRF_INVALID':
    'a write signed in by cookie must send the X-CSRF-Token header the session gave',
  'AUTH.ROLE_WITHDRAWN': 'this account holds no role any more; ask the office (办公室)',
} as const;

/** Wrong login or password: the same answer whether the login exists or not. */
export const credentialsWrong = () =>
  new Unauthenticated('AUTH.CREDENTIALS_WRONG', 'the login or the password is wrong');

/** No cookie, or one whose session ended or expired. */
export const sessionMissing = () =>
  new Unauthenticated('AUTH.SESSION_MISSING', 'not signed in, or the session has ended');
