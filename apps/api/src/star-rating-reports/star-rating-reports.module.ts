import { Module } from '@nestjs/common';
import { RoundReportService } from './round-report.service';
import { StarRatingReportsController } from './star-rating-reports.controller';

@Module({ controllers: [StarRatingReportsController], providers: [RoundReportService] })
export class StarRatingReportsModule {}
