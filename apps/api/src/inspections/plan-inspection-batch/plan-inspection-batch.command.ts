import { Command } from '@nestjs/cqrs';
import type { PlanInspectionBatch } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 计划督导批次: a batch planned with its focus, population, size and inspectors. */
export class PlanInspectionBatchCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<PlanInspectionBatch, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
