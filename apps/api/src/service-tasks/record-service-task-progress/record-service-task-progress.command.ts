import { Command } from '@nestjs/cqrs';
import type { RecordServiceTaskProgress } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 记录进展: progress on a task. */
export class RecordServiceTaskProgressCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<RecordServiceTaskProgress, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
