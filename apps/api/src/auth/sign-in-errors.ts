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
