import { Conflict, NotFound, RuleBroken } from '../shared/errors';

export class MemberNotFound extends NotFound {
  constructor(memberId: string) {
    super('MEMBER.NOT_FOUND', `member ${memberId} does not exist`);
  }
}

export class MemberAlreadyRegistered extends Conflict {
  constructor(memberId: string) {
    super('MEMBER.ALREADY_REGISTERED', `member ${memberId} is already registered`);
  }
}

export class MemberIsRetired extends RuleBroken {
  constructor(memberId: string) {
    super('MEMBER.RETIRED', `member ${memberId} has retired`);
  }
}
