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

export class InstructorInPost extends Conflict {
  constructor(societyId: string) {
    super(
      'SOCIETY.INSTRUCTOR_IN_POST',
      `society ${societyId} has a party-building instructor in post: recall them first`,
    );
  }
}

export class NoInstructorInPost extends RuleBroken {
  constructor(societyId: string) {
    super('SOCIETY.NO_INSTRUCTOR', `society ${societyId} has no party-building instructor in post`);
  }
}

export class RecalledBeforeSent extends RuleBroken {
  constructor(since: string) {
    super(
      'SOCIETY.RECALL_BEFORE_SENT',
      `the instructor was sent on ${since}: the recall may not be earlier`,
      'on',
    );
  }
}

export class SentBeforeLastRecall extends RuleBroken {
  constructor(recalledOn: string) {
    super(
      'SOCIETY.SENT_BEFORE_RECALL',
      `the last instructor was recalled on ${recalledOn}: the next may not be sent earlier`,
      'since',
    );
  }
}
