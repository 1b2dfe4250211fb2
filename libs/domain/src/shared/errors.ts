/**
 * The kinds of domain error. The edge maps each kind to one HTTP answer; the domain
 * itself knows nothing of HTTP.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule of form
  | 'not-found' // the thing named does not exist
  | 'conflict' // a duplicate or a concurrent write
  | 'precondition' // the version the caller expected is not the current one
  | 'rule' // a business rule or an illegal state change
  | 'unavailable' // a store or broker cannot be reached
  | 'unauthenticated' // no token, or one that does not verify
  | 'forbidden'; // the caller may not do this

/** A typed domain error with a stable code, e.g. `SOCIETY.ALREADY_REGISTERED`. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  protected constructor(
    readonly code: string,
    message: string,
    /** The input field the error is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInput extends DomainError {
  readonly kind = 'invalid' as const;
  constructor(field: string, code: string, message: string) {
    super(code, message, field);
  }
}

export class NotFound extends DomainError {
  readonly kind = 'not-found' as const;
  constructor(code: string, message: string) {
    super(code, message);
  }
}

export class Conflict extends DomainError {
  readonly kind = 'conflict' as const;
  constructor(code: string, message: string, field?: string) {
    super(code, message, field);
  }
}

export class RuleBroken extends DomainError {
  readonly kind = 'rule' as const;
  constructor(code: string, message: string, field?: string) {
    super(code, message, field);
  }
}

export class VersionMismatch extends DomainError {
  readonly kind = 'precondition' as const;
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super('STREAM.VERSION_MISMATCH', `expected version ${expected}, current version is ${actual}`);
  }
}

export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated' as const;
  constructor(code: string, message: string) {
    super(code, message);
  }
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden' as const;
  constructor(message: string) {
    super('AUTH.FORBIDDEN', message);
  }
}
