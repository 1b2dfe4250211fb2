import { Command } from '@nestjs/cqrs';
import type { CancelLecture } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 取消宣讲: a scheduled lecture cancelled. */
export class CancelLectureCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CancelLecture, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
