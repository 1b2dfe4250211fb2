import { Command } from '@nestjs/cqrs';
import type { EnableAccount } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 启用: a disabled account may sign in again. */
export class EnableAccountCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<EnableAccount, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
