import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { ReturnRectificationCommand } from './return-rectification.command';

@CommandHandler(ReturnRectificationCommand)
export class ReturnRectificationHandler implements ICommandHandler<ReturnRectificationCommand> {
  constructor(private readonly inspections: SocietyInspectionRunner) {}

  execute({ payload, context }: ReturnRectificationCommand): Promise<CommandOutcome> {
    return this.inspections.run({ type: 'ReturnRectification', ...payload }, context);
  }
}
