import { Command } from '@nestjs/cqrs';
import type { AssignmentFacts, AssignSociety } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 分配联系学会: a society given a liaison; the handler looks up both. */
export class AssignSocietyCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AssignSociety, 'type' | keyof AssignmentFacts>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
