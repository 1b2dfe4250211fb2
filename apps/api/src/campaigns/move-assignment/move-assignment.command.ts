import { Command } from '@nestjs/cqrs';
import type { AssignmentFacts, MoveAssignment } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 调整联系委员: a society moved to another liaison; the handler looks up both. */
export class MoveAssignmentCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<MoveAssignment, 'type' | keyof AssignmentFacts>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
