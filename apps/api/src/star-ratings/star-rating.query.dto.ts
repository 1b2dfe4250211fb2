import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { FreshnessQuery } from '../http/freshness.dto';
import { PageCursor, PageLimit } from '../http/paging.dto';

export class RatingListQuery {
  @PageLimit({ default: 100, max: 1000 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}

export class RatingQuery extends FreshnessQuery {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-09-01',
    description:
      'The day the current stars are read for; today in the federation’s time zone when absent',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: 'on must be a day, YYYY-MM-DD' })
  on?: string;
}
