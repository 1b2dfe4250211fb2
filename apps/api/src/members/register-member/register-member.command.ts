import { Command } from '@nestjs/cqrs';
import type { RegisterMember } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 登记: a committee member or a lecture expert. */
export class RegisterMemberCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RegisterMember, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
