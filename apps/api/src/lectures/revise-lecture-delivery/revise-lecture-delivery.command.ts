import { Command } from '@nestjs/cqrs';
import type { ReviseLectureDelivery } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 修改宣讲记录: a delivered lecture's record revised. */
export class ReviseLectureDeliveryCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<ReviseLectureDelivery, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
