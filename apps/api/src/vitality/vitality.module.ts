import { Module } from '@nestjs/common';
import { LifeReportsModule } from '../life-reports/life-reports.module';
import { VitalityReportService } from './vitality-report.service';
import { VitalityController } from './vitality.controller';

@Module({
  imports: [LifeReportsModule],
  controllers: [VitalityController],
  providers: [VitalityReportService],
  exports: [VitalityReportService],
})
export class VitalityModule {}
