import { Command } from '@nestjs/cqrs';
import type { GrantAccountRole } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 授予角色: replaces the account's role. */
export class GrantAccountRoleCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<GrantAccountRole, 'type' | 'facts'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
