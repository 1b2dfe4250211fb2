import { Module } from '@nestjs/common';
import { CampaignCommandHandler } from './campaign.command';
import { CampaignsController } from './campaigns.controller';

@Module({ controllers: [CampaignsController], providers: [CampaignCommandHandler] })
export class CampaignsModule {}
