import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { campaignDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { CloseCampaignCommand } from './close-campaign.command';

@CommandHandler(CloseCampaignCommand)
export class CloseCampaignHandler implements ICommandHandler<CloseCampaignCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: CloseCampaignCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'campaign',
        id: payload.campaignId,
        decider: campaignDecider,
        command: { type: 'CloseCampaign', ...payload },
      },
      context,
    );
  }
}
