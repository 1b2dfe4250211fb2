import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { campaignDecider } from '@pb/domain';
import type { CommandOutcome } from '../../application/command-context';
import { CommandRunner } from '../../application/command-runner';
import { AmendCampaignCommand } from './amend-campaign.command';

@CommandHandler(AmendCampaignCommand)
export class AmendCampaignHandler implements ICommandHandler<AmendCampaignCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ payload, context }: AmendCampaignCommand): Promise<CommandOutcome> {
    return this.runner.run(
      {
        streamType: 'campaign',
        id: payload.campaignId,
        decider: campaignDecider,
        command: { type: 'AmendCampaign', ...payload },
      },
      context,
    );
  }
}
