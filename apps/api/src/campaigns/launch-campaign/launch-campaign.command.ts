import { Command } from '@nestjs/cqrs';
import type { CampaignCommand } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 发布: a draft campaign launched, its period and targets fixed. */
export class LaunchCampaignCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<Extract<CampaignCommand, { type: 'LaunchCampaign' }>, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
