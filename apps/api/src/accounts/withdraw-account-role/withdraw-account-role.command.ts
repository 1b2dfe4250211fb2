import { Command } from '@nestjs/cqrs';
import type { WithdrawAccountRole } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 撤销角色: the account keeps no role. */
export class WithdrawAccountRoleCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<WithdrawAccountRole, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
