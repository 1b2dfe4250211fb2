import { Command } from '@nestjs/cqrs';
import type { RecordLectureDelivery } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 记录宣讲情况: how a lecture went. */
export class RecordLectureDeliveryCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RecordLectureDelivery, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
