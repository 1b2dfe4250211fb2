import { Command } from '@nestjs/cqrs';
import type { InviteAccount } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 邀请: an account, with its role. */
export class InviteAccountCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<InviteAccount, 'type' | 'facts'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
