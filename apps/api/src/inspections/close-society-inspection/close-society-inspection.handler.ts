import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { CloseSocietyInspectionCommand } from './close-society-inspection.command';

@CommandHandler(CloseSocietyInspectionCommand)
export class CloseSocietyInspectionHandler implements ICommandHandler<CloseSocietyInspectionCommand> {
  constructor(private readonly inspections: SocietyInspectionRunner) {}

  execute({ payload, context }: CloseSocietyInspectionCommand): Promise<CommandOutcome> {
    return this.inspections.run({ type: 'CloseSocietyInspection', ...payload }, context);
  }
}
