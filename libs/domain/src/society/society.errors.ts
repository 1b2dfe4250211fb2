import { Conflict, NotFound, RuleBroken } from '../shared/errors';

export class SocietyAlreadyRegistered extends Conflict {
  constructor(societyId: string) {
    super('SOCIETY.ALREADY_REGISTERED', `society ${societyId} is already registered`);
  }
}

export class SocietyNotFound extends NotFound {
  constructor(societyId: string) {
    super('SOCIETY.NOT_FOUND', `society ${societyId} does not exist`);
  }
}

export class SocietyIsDeregistered extends RuleBroken {
  constructor(societyId: string) {
    super('SOCIETY.DEREGISTERED', `society ${societyId} is deregistered`);
  }
}

export class SocietyNameTaken extends Conflict {
  constructor() {
    super('SOCIETY.NAME_TAKEN', 'another registered society has this name', 'name');
  }
}

export class SocietyCreditCodeTaken extends Conflict {
  constructor() {
    super('SOCIETY.CREDIT_CODE_TAKEN', 'another society has this credit code', 'creditCode');
  }
}
