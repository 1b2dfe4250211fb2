import { Module } from '@nestjs/common';
import { LifeReportsModule } from '../life-reports/life-reports.module';
import { CoverageReportService } from './coverage-report.service';
import { CoverageReportsController } from './coverage-reports.controller';

@Module({
  imports: [LifeReportsModule],
  controllers: [CoverageReportsController],
  providers: [CoverageReportService],
})
export class CoverageReportsModule {}
