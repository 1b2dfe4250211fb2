import { Command } from '@nestjs/cqrs';
import type { MemberCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 离任: a member retired. */
export class RetireMemberCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<Extract<MemberCommand, { type: 'RetireMember' }>, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
