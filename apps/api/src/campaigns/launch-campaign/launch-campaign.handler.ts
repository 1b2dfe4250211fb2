import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { campaignDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { LaunchCampaignCommand } from './launch-campaign.command';

@CommandHandler(LaunchCampaignCommand)
export class LaunchCampaignHandler implements ICommandHandler<LaunchCampaignCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: LaunchCampaignCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'campaign',
        id: payload.campaignId,
        decider: campaignDecider,
        command: { type: 'LaunchCampaign', ...payload },
      },
      context,
    );
  }
}
