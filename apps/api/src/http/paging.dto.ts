import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

// Each applies its decorators bottom first, as they stood on the property, so the
// checks run and answer in the same order.

/** A page's `limit` in a query string: a number from 1 to `max`, `default` when absent. */
export const PageLimit = (size: { readonly default: number; readonly max: number }) =>
  applyDecorators(
    Max(size.max),
    Min(1),
    IsInt(),
    Type(() => Number),
    IsOptional(),
    ApiPropertyOptional({ default: size.default, minimum: 1, maximum: size.max }),
  );

/** A page's `cursor`: the `next` the previous page answered. */
export const PageCursor = () =>
  applyDecorators(
    MaxLength(2000),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({ description: 'The `next` of the previous page' }),
  );
