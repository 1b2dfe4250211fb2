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
