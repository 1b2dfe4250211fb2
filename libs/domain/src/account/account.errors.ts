import { Conflict, NotFound, RuleBroken } from '../shared/errors';

export class AccountNotFound extends NotFound {
  constructor(accountId: string) {
    super('ACCOUNT.NOT_FOUND', `account ${accountId} does not exist`);
  }
}

export class AccountAlreadyExists extends Conflict {
  constructor(accountId: string) {
    super('ACCOUNT.ALREADY_EXISTS', `account ${accountId} already exists`);
  }
}

export class AccountLoginTaken extends Conflict {
  constructor() {
    super('ACCOUNT.LOGIN_TAKEN', 'another account already has this login', 'login');
  }
}

export class AccountIsDisabled extends RuleBroken {
  constructor(accountId: string) {
    super('ACCOUNT.DISABLED', `account ${accountId} is disabled`);
  }
}
