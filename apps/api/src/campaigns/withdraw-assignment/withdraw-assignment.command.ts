import { Command } from '@nestjs/cqrs';
import type { WithdrawAssignment } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 撤销联系: a society's assignment withdrawn. */
export class WithdrawAssignmentCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<WithdrawAssignment, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
