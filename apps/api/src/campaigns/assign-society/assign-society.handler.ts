import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AssignmentRunner } from '../assignment-runner';
import { AssignSocietyCommand } from './assign-society.command';

@CommandHandler(AssignSocietyCommand)
export class AssignSocietyHandler implements ICommandHandler<AssignSocietyCommand> {
  constructor(private readonly assignments: AssignmentRunner) {}

  execute({ payload, context }: AssignSocietyCommand): Promise<CommandOutcome> {
    return this.assignments.run({ type: 'AssignSociety', ...payload }, context);
  }
}
