import { Command } from '@nestjs/cqrs';
import type { CompleteServiceTask } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 办结: a task done, with its outcome. */
export class CompleteServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CompleteServiceTask, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
