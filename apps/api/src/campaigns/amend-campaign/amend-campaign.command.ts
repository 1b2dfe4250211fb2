import { Command } from '@nestjs/cqrs';
import type { AmendCampaign } from '@pb/domain';
import type { CommandContext, CommandOutcome } from '../../application/command-context';

/** 调整工作部署: a campaign's title, description, end date, targets or 发文 fields. */
export class AmendCampaignCommand extends Command<CommandOutcome> {
  constructor(
    readonly payload: Omit<AmendCampaign, 'type'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
