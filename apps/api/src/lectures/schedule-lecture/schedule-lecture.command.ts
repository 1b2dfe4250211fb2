import { Command } from '@nestjs/cqrs';
import type { ScheduleFacts, ScheduleLecture } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 安排宣讲: a lecture in an assigned society; the handler looks up the campaign and the lecturer. */
export class ScheduleLectureCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ScheduleLecture, 'type' | keyof ScheduleFacts>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
