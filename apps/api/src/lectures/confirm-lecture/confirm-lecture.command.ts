import { Command } from '@nestjs/cqrs';
import type { ConfirmLecture } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 确认: the society's secretary confirms the record. */
export class ConfirmLectureCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ConfirmLecture, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
