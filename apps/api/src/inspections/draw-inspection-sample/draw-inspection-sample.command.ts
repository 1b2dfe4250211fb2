import { Command } from '@nestjs/cqrs';
import type { DrawInspectionSample } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 随机抽取: the handler lists the population and makes the seed; the caller names neither. */
export class DrawInspectionSampleCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<DrawInspectionSample, 'type' | 'population' | 'seed'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
