/**
 * The kinds of error the edge maps, each to one HTTP answer; the domain itself knows
 * nothing of HTTP. The store (`unavailable`) and the api's auth (`unauthenticated`,
 * `forbidden`) throw theirs on the same base, so one filter maps every kind.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule of form
  | 'not-found' // the thing named does not exist
  | 'conflict' // a duplicate or a concurrent write
  | 'precondition' // the version the caller expected is not the current one
  | 'rule' // a business rule or an illegal state change
  | 'too-large' // an upload past its size limit
  | 'unsupported-media' // an upload whose content is no kind accepted
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
