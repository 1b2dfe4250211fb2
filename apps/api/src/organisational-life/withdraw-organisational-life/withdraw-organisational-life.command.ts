import { Command } from '@nestjs/cqrs';
import type { WithdrawOrganisationalLife } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 撤回组织生活记录: it stays in the history and counts for nothing. */
export class WithdrawOrganisationalLifeCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<WithdrawOrganisationalLife, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
