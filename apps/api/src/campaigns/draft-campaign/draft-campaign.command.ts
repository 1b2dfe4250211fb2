import { Command } from '@nestjs/cqrs';
import type { DraftCampaign } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 起草工作部署: a new campaign, in draft. */
export class DraftCampaignCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<DraftCampaign, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
