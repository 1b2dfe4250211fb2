import { DomainError } from '@pb/domain';

/**
 * A store cannot be reached, or a call to it hung: a 503 at the edge, and a reason
 * for a consumer to try the message again rather than dead-letter it.
 */
export class StoreUnavailable extends DomainError {
  readonly kind = 'unavailable' as const;
  constructor(what: string, cause?: unknown) {
    super('STORE.UNAVAILABLE', `${what} is unavailable`);
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}
