import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';

export class OrganisationalLifeNotFound extends NotFound {
  constructor(recordId: string) {
    super('ORGANISATIONAL_LIFE.NOT_FOUND', `organisational life record ${recordId} does not exist`);
  }
}

export class OrganisationalLifeAlreadyRecorded extends Conflict {
  constructor(recordId: string) {
    super(
      'ORGANISATIONAL_LIFE.ALREADY_EXISTS',
      `organisational life record ${recordId} already exists`,
    );
  }
}

export class OrganisationalLifeWithdrawnAlready extends RuleBroken {
  constructor(recordId: string) {
    super(
      'ORGANISATIONAL_LIFE.WITHDRAWN',
      `organisational life record ${recordId} was withdrawn and can no longer change`,
    );
  }
}

export class NoPartyOrganisation extends RuleBroken {
  constructor(societyId: string) {
    super(
      'ORGANISATIONAL_LIFE.NO_PARTY_ORGANISATION',
      `society ${societyId} has no party organisation at its council or its secretariat`,
      'societyId',
    );
  }
}

export class HeldInFuture extends RuleBroken {
  constructor(today: string) {
    super(
      'ORGANISATIONAL_LIFE.HELD_IN_FUTURE',
      `heldOn must not be after today, ${today}: record a meeting once it is held`,
      'heldOn',
    );
  }
}

export class PresentAboveExpected extends InvalidInput {
  constructor(expected: number) {
    super(
      'present',
      'ORGANISATIONAL_LIFE.PRESENT_ABOVE_EXPECTED',
      `present must not be more than the ${expected} expected`,
    );
  }
}
