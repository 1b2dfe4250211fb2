import { Command } from '@nestjs/cqrs';
import type { LaunchCampaign } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 发布: a draft campaign launched, its period and targets fixed. */
export class LaunchCampaignCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<LaunchCampaign, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
