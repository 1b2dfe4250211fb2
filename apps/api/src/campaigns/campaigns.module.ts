import { Module } from '@nestjs/common';
import { AmendCampaignHandler } from './amend-campaign/amend-campaign.handler';
import { AssignmentRunner } from './assignment-runner';
import { AssignSocietyHandler } from './assign-society/assign-society.handler';
import { CampaignsController } from './campaigns.controller';
import { CloseCampaignHandler } from './close-campaign/close-campaign.handler';
import { DraftCampaignHandler } from './draft-campaign/draft-campaign.handler';
import { LaunchCampaignHandler } from './launch-campaign/launch-campaign.handler';
import { LiaisonWarnings } from './liaison-warnings';
import { MoveAssignmentHandler } from './move-assignment/move-assignment.handler';
import { WithdrawAssignmentHandler } from './withdraw-assignment/withdraw-assignment.handler';

@Module({
  controllers: [CampaignsController],
  providers: [
    LiaisonWarnings,
    AssignmentRunner,
    DraftCampaignHandler,
    AmendCampaignHandler,
    LaunchCampaignHandler,
    CloseCampaignHandler,
    AssignSocietyHandler,
    MoveAssignmentHandler,
    WithdrawAssignmentHandler,
  ],
})
export class CampaignsModule {}
