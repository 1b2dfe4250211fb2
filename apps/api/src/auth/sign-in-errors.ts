import { DomainError, NotFound } from '@pb/domain';
import { EdgeError } from '../http/edge.errors';

/** Too many failed sign-ins in a row: 423 with Retry-After, even with the right password. */
export class AccountLocked extends EdgeError {
  readonly kind = 'locked' as const;
  constructor(retryAfterSeconds: number) {
    super(
      'AUTH.ACCOUNT_LOCKED',
      `too many failed sign-ins: this account is locked; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      { retryAfterSeconds, extensions: { retryAfterSeconds } },
    );
  }
}

/** A one-time link that was used, has expired, was replaced or never existed: 410. */
export class InvitationInvalid extends EdgeError {
  readonly kind = 'gone' as const;
  constructor() {
    super(
      'AUTH.INVITATION_INVALID',
      'this invitation link was used, has expired or was replaced; ask the office (办公室) for a new one',
    );
  }
}

/** Sign-in through a provider was asked for where none is set up: 404. */
export class OidcNotConfigured extends NotFound {
  constructor() {
    super('AUTH.OIDC_NOT_CONFIGURED', 'no OpenID Connect provider is set up for sign-in');
  }
}

/** The provider's discovery document cannot be read: 503. */
export class OidcUnavailable extends DomainError {
  readonly kind = 'unavailable' as const;
  constructor() {
    super('AUTH.OIDC_UNAVAILABLE', 'the sign-in provider cannot be reached; try again shortly');
  }
}
