import { Module } from '@nestjs/common';
import { LifeReportViews } from './life-report.views';
import { LifeReportsController } from './life-reports.controller';
import { LifeReportsService } from './life-reports.service';

@Module({
  controllers: [LifeReportsController],
  providers: [LifeReportViews, LifeReportsService],
  exports: [LifeReportViews],
})
export class LifeReportsModule {}
