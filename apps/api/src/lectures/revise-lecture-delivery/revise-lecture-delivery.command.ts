import { Command } from '@nestjs/cqrs';
import type { LectureCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 修改宣讲记录: a delivered lecture's record revised. */
export class ReviseLectureDeliveryCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<Extract<LectureCommand, { type: 'ReviseLectureDelivery' }>, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
