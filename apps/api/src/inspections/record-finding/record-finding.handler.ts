import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { RecordFindingCommand } from './record-finding.command';

@CommandHandler(RecordFindingCommand)
export class RecordFindingHandler implements ICommandHandler<RecordFindingCommand> {
  constructor(private readonly inspections: SocietyInspectionRunner) {}

  execute({ payload, context }: RecordFindingCommand): Promise<CommandOutcome> {
    return this.inspections.run({ type: 'RecordFinding', ...payload }, context);
  }
}
