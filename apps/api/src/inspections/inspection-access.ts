import { Injectable } from '@nestjs/common';
import { InspectionBatchNotFound } from '@pb/domain';
import { Facts } from '../application/facts';
import { Forbidden } from '../auth/auth-errors';
import type { Principal } from '../auth/principal';
import { RequestInvalid } from '../http/request-invalid';
import { requireInspectors } from './inspector-rules';

/**
 * Who may act in a batch's inspections, read from the batch's own events: a committee
 * member only in a batch that names them as an inspector, a society's party secretary
 * only in its own inspection; the office everywhere.
 */
@Injectable()
export class InspectionAccess {
  constructor(private readonly facts: Facts) {}

  /** The batch's inspectors; a member who is not one of them is refused. */
  async inspector(caller: Principal, batchId: string): Promise<readonly string[]> {
    const inspectors = await this.facts.inspectorsOf(batchId);
    if (inspectors === null) throw new InspectionBatchNotFound(batchId);
    if (caller.role === 'liaison' && !inspectors.includes(caller.memberId ?? ''))
      throw new Forbidden('only the inspectors of this batch inspect in it');
    return inspectors;
  }

  /**
   * The inspector who accepts or returns an item: a member in their own name; the office
   * names one of the batch's inspectors.
   */
  async actingInspector(
    caller: Principal,
    batchId: string,
    named: string | undefined,
  ): Promise<string> {
    const inspectors = await this.inspector(caller, batchId);
    if (caller.role === 'liaison' && caller.memberId !== null) {
      if (named !== undefined && named !== caller.memberId)
        throw new Forbidden('a member accepts and returns items in their own name');
      return caller.memberId;
    }
    if (named === undefined)
      throw new RequestInvalid([
        {
          field: 'inspectorId',
          rule: 'isDefined',
          message: 'the office names the inspector of the batch in whose name it acts',
        },
      ]);
    requireInspectors(inspectors, [named], 'inspectorId');
    return named;
  }

  /** A society's inspection is read by its batch's inspectors, by the society itself and by readers of everything. */
  async reader(caller: Principal, batchId: string, societyId: string): Promise<void> {
    if (caller.role === 'society' && caller.societyId !== societyId)
      throw new Forbidden('a society reads its own inspection only');
    if (caller.role === 'liaison') await this.inspector(caller, batchId);
  }
}
