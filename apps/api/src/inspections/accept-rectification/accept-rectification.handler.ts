import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { AcceptRectificationCommand } from './accept-rectification.command';

@CommandHandler(AcceptRectificationCommand)
export class AcceptRectificationHandler implements ICommandHandler<AcceptRectificationCommand> {
  constructor(private readonly inspections: SocietyInspectionRunner) {}

  execute({ payload, context }: AcceptRectificationCommand): Promise<CommandOutcome> {
    return this.inspections.run({ type: 'AcceptRectification', ...payload }, context);
  }
}
