import { Command } from '@nestjs/cqrs';
import type { ChangeMemberPosition } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 变更职务: a member's new position. */
export class ChangeMemberPositionCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ChangeMemberPosition, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
