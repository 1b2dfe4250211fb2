import { Command } from '@nestjs/cqrs';
import type { DisableAccount } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 停用: the account may not sign in. */
export class DisableAccountCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<DisableAccount, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
