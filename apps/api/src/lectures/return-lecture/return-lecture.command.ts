import { Command } from '@nestjs/cqrs';
import type { ReturnLecture } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 退回补充: the society's secretary asks for more detail. */
export class ReturnLectureCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ReturnLecture, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
