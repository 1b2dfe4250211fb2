import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { SocietyInspectionRunner } from '../society-inspection-runner';
import { AddRectificationItemCommand } from './add-rectification-item.command';

@CommandHandler(AddRectificationItemCommand)
export class AddRectificationItemHandler implements ICommandHandler<AddRectificationItemCommand> {
  constructor(private readonly inspections: SocietyInspectionRunner) {}

  execute({ payload, context }: AddRectificationItemCommand): Promise<CommandOutcome> {
    return this.inspections.run({ type: 'AddRectificationItem', ...payload }, context);
  }
}
