import { Module } from '@nestjs/common';
import { InspectionsModule } from '../inspections/inspections.module';
import { BatchReportService } from './batch-report.service';
import { InspectionReportsController } from './inspection-reports.controller';

@Module({
  imports: [InspectionsModule],
  controllers: [InspectionReportsController],
  providers: [BatchReportService],
})
export class InspectionReportsModule {}
