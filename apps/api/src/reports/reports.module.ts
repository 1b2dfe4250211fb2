import { Module } from '@nestjs/common';
import { CampaignReportService } from './campaign-report.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController],
  providers: [CampaignReportService],
  exports: [CampaignReportService],
})
export class ReportsModule {}
