import { Command } from '@nestjs/cqrs';
import type { RetireMember } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 离任: a member retired. */
export class RetireMemberCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RetireMember, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
