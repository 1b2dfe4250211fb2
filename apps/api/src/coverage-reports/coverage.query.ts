import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { PeriodReportQuery } from '../life-reports/life-period.query';

/** The coverage report: a period, and the day organisation coverage is read on. */
export class CoverageQuery extends PeriodReportQuery {
  @ApiPropertyOptional({
    example: '2026-08-15',
    description:
      '统计日：组织覆盖按此日计算，工作覆盖计至此日；早于今天（或 asOf）时按该日结束时已记录的事件回放；缺省为今天（或 asOf 所在日）',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a date, e.g. 2026-08-15' })
  @IsISO8601({ strict: true }, { message: 'on must be a calendar date, e.g. 2026-08-15' })
  on?: string;
}
