import { Command } from '@nestjs/cqrs';
import type { CloseInspectionBatch } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 结束批次: closed once every sampled society's inspection is closed. */
export class CloseInspectionBatchCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<CloseInspectionBatch, 'type' | 'everyInspectionClosed'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
