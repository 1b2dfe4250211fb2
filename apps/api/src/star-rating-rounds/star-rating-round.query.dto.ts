import { ApiPropertyOptional } from '@nestjs/swagger';
import { STAR_RATING_ROUND_STATUSES, type StarRatingRoundStatus } from '@pb/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageCursor, PageLimit } from '../http/paging.dto';

export class RoundListQuery {
  @ApiPropertyOptional({ enum: STAR_RATING_ROUND_STATUSES })
  @IsOptional()
  @IsIn(STAR_RATING_ROUND_STATUSES)
  status?: StarRatingRoundStatus;

  @ApiPropertyOptional({ type: 'integer', example: 2025, minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @PageLimit({ default: 50, max: 500 })
  limit?: number;

  @PageCursor()
  cursor?: string;
}
