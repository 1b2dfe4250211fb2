import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { campaignDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { DraftCampaignCommand } from './draft-campaign.command';

@CommandHandler(DraftCampaignCommand)
export class DraftCampaignHandler implements ICommandHandler<DraftCampaignCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: DraftCampaignCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'campaign',
        id: payload.campaignId,
        decider: campaignDecider,
        command: { type: 'DraftCampaign', ...payload },
      },
      context,
    );
  }
}
