import { Command } from '@nestjs/cqrs';
import type { RescheduleLecture } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 改期: a scheduled lecture moved to another time. */
export class RescheduleLectureCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RescheduleLecture, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
