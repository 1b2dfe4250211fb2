import { Command } from '@nestjs/cqrs';
import type { SetVitalityWeights } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 设定组织活力权重: every component's weight for the year. */
export class SetVitalityWeightsCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<SetVitalityWeights, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
