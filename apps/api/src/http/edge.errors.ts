/**
 * The kinds of refusal the HTTP edge makes on its own, beside the domain's errors and
 * RequestInvalid: the one filter maps each kind to its answer.
 */
export type EdgeErrorKind =
  | 'too-many' // the caller passed its rate
  | 'not-ready' // this process cannot serve yet: a readiness check failed
  | 'method-not-allowed' // the path exists, but not with this method
  | 'locked' // the account is locked for a while after repeated failed sign-ins
  | 'gone'; // a one-time link was used, has expired or never existed

/** A refusal of the edge with a stable code, e.g. `REQUEST.TOO_MANY`. */
export abstract class EdgeError extends Error {
  abstract readonly kind: EdgeErrorKind;

  /** Seconds after which a retry may succeed (Retry-After); unset, the status decides. */
  readonly retryAfterSeconds?: number;
  /** RFC 9457 extension members the problem body carries besides the standard ones. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** Headers the answer carries that depend on the request, such as Allow. */
  readonly headers: Readonly<Record<string, string>>;

  protected constructor(
    readonly code: string,
    message: string,
    options: {
      readonly retryAfterSeconds?: number;
      readonly extensions?: Readonly<Record<string, unknown>>;
      readonly headers?: Readonly<Record<string, string>>;
    } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** More requests within a minute than the caller's rate (RATE_LIMIT_PER_MINUTE). */
export class TooManyRequests extends EdgeError {
  readonly kind = 'too-many' as const;
  constructor(perMinute: number, retryAfterSeconds: number) {
    super(
      'REQUEST.TOO_MANY',
      `more than ${perMinute} requests a minute from this caller; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

/** A method the path does not serve: 405 with the methods it does in Allow. */
export class MethodNotAllowed extends EdgeError {
  readonly kind = 'method-not-allowed' as const;
  constructor(method: string, allowed: readonly string[]) {
    super('REQUEST.METHOD_NOT_ALLOWED', `${method} is not served here; use ${allowed.join(', ')}`, {
      headers: { Allow: allowed.join(', ') },
    });
  }
}
