import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Read-your-writes: wait, for a bounded time, until the view has applied this version. */
export class FreshnessQuery {
  @ApiPropertyOptional({
    description: 'Wait up to 5 s until the view reflects at least this stream version',
    example: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  minVersion?: number;
}

export const FRESHNESS_WAIT_MS = 5000;

/** Polls `read` until `fresh` holds or the wait is over; returns the last value read. */
export async function waitUntilFresh<T>(
  read: () => Promise<T>,
  fresh: (value: T) => boolean,
  waitMs = FRESHNESS_WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + waitMs;
  let value = await read();
  while (!fresh(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}
