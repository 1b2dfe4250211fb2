import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../application/command-context';
import { AssignmentRunner } from '../assignment-runner';
import { MoveAssignmentCommand } from './move-assignment.command';

@CommandHandler(MoveAssignmentCommand)
export class MoveAssignmentHandler implements ICommandHandler<MoveAssignmentCommand> {
  constructor(private readonly assignments: AssignmentRunner) {}

  execute({ payload, context }: MoveAssignmentCommand): Promise<CommandOutcome> {
    return this.assignments.run({ type: 'MoveAssignment', ...payload }, context);
  }
}
