import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { Facts } from '../../application/facts';
import { occurredOn } from '../../application/occurred-on';
import { requireInspectors } from '../inspector-rules';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { RecordInspectionVisitCommand } from './record-inspection-visit.command';

@CommandHandler(RecordInspectionVisitCommand)
export class RecordInspectionVisitHandler implements ICommandHandler<RecordInspectionVisitCommand> {
  constructor(
    private readonly inspections: SocietyInspectionRunner,
    private readonly facts: Facts,
  ) {}

  async execute({ payload, context }: RecordInspectionVisitCommand): Promise<CommandOutcome> {
    const inspectors = await this.facts.inspectorsOf(payload.batchId);
    if (inspectors !== null) requireInspectors(inspectors, payload.inspectorIds, 'inspectorIds');
    const societyInSample = await this.facts.inSample(payload.batchId, payload.societyId);
    return this.inspections.run(
      { type: 'RecordInspectionVisit', ...payload, societyInSample },
      context,
      occurredOn(payload.visitedOn),
    );
  }
}
