import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';

export class SocietyNotInSample extends RuleBroken {
  constructor(societyId: string) {
    super(
      'SOCIETY_INSPECTION.NOT_IN_SAMPLE',
      `society ${societyId} was neither drawn nor added in this batch`,
      'societyId',
    );
  }
}

export class SocietyNotVisited extends RuleBroken {
  constructor(inspectionId: string) {
    super('SOCIETY_INSPECTION.NOT_VISITED', `inspection ${inspectionId} has no visit recorded yet`);
  }
}

export class SocietyInspectionIsClosed extends RuleBroken {
  constructor(inspectionId: string) {
    super('SOCIETY_INSPECTION.CLOSED', `inspection ${inspectionId} is closed`);
  }
}

export class SocietyInspectionNotComplete extends RuleBroken {
  constructor() {
    super(
      'SOCIETY_INSPECTION.NOT_COMPLETE',
      'a finding has no rectification item yet, or an item is not accepted',
    );
  }
}

export class FindingAlreadyRecorded extends Conflict {
  constructor(findingId: string) {
    super('SOCIETY_INSPECTION.FINDING_EXISTS', `finding ${findingId} exists already`, 'findingId');
  }
}

export class FindingNotFound extends NotFound {
  constructor(findingId: string) {
    super('SOCIETY_INSPECTION.FINDING_NOT_FOUND', `finding ${findingId} does not exist`);
  }
}

export class RectificationItemAlreadyAdded extends Conflict {
  constructor(itemId: string) {
    super(
      'SOCIETY_INSPECTION.ITEM_EXISTS',
      `rectification item ${itemId} exists already`,
      'itemId',
    );
  }
}

export class RectificationItemNotFound extends NotFound {
  constructor(itemId: string) {
    super('SOCIETY_INSPECTION.ITEM_NOT_FOUND', `rectification item ${itemId} does not exist`);
  }
}

export class RectificationAlreadyAccepted extends RuleBroken {
  constructor(itemId: string) {
    super('SOCIETY_INSPECTION.ITEM_ACCEPTED', `rectification item ${itemId} is accepted already`);
  }
}

export class RectificationNotReported extends RuleBroken {
  constructor(itemId: string) {
    super(
      'SOCIETY_INSPECTION.ITEM_NOT_REPORTED',
      `the society has not reported rectification item ${itemId} done`,
    );
  }
}

export class RectificationDueBeforeVisit extends InvalidInput {
  constructor(firstVisit: string) {
    super(
      'dueOn',
      'SOCIETY_INSPECTION.DUE_BEFORE_VISIT',
      `dueOn must not be before the first visit, ${firstVisit}`,
    );
  }
}
