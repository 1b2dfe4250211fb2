import { Command } from '@nestjs/cqrs';
import type { ServiceTaskCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 办结: a task done, with its outcome. */
export class CompleteServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<Extract<ServiceTaskCommand, { type: 'CompleteServiceTask' }>, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
