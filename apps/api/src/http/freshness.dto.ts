import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FRESHNESS_WAIT_MS } from '../application/freshness';

/** Read-your-writes: wait, for a bounded time, until the view has applied this version. */
export class FreshnessQuery {
  @ApiPropertyOptional({
    description: `Wait up to ${FRESHNESS_WAIT_MS / 1000} s until the view reflects at least this stream version`,
    example: 1,
    type: 'integer',
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  minVersion?: number;
}
