import { Command } from '@nestjs/cqrs';
import type { AcceptServiceTask } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 承接: a proposed task taken on, with a due date and an urgency. */
export class AcceptServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AcceptServiceTask, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
