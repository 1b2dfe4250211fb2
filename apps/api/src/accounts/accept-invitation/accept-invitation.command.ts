import { Command } from '@nestjs/cqrs';
import type { AcceptInvitation } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 接受邀请: the invited person set a password. */
export class AcceptInvitationCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AcceptInvitation, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
