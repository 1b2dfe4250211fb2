import { Command } from '@nestjs/cqrs';
import type { ProposeFacts, ProposeServiceTask } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 提出需求: a need raised by the people; the handler looks up the society and the campaign. */
export class ProposeServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ProposeServiceTask, 'type' | keyof ProposeFacts>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
