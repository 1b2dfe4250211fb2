import { NotFound, RuleBroken } from '@pb/domain';

/** A member named as inspector who is not one of the batch's inspectors. */
export class NotAnInspector extends RuleBroken {
  constructor(memberId: string, field: string) {
    super(
      'SOCIETY_INSPECTION.NOT_AN_INSPECTOR',
      `member ${memberId} is not one of the inspectors of this batch`,
      field,
    );
  }
}

/** A read of the inspection of a society the batch neither drew nor added. */
export class SocietyInspectionNotFound extends NotFound {
  constructor(batchId: string, societyId: string) {
    super(
      'SOCIETY_INSPECTION.NOT_FOUND',
      `society ${societyId} is not in the sample of inspection batch ${batchId}`,
    );
  }
}
