import { RuleBroken } from '@pb/domain';

/**
 * An Idempotency-Key sent again with another request (another body, route or method, or
 * another command): replaying the first answer would tell the caller that a request was
 * carried out which never was.
 */
export class IdempotencyKeyReused extends RuleBroken {
  constructor() {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      'this Idempotency-Key was first used for a different request (another body, route or method); send a new key for a new request',
      'Idempotency-Key',
    );
  }
}
