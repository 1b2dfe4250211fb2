import { Command } from '@nestjs/cqrs';
import type { CancelServiceTask } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 取消: an open task cancelled. */
export class CancelServiceTaskCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CancelServiceTask, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
