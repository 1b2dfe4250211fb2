import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

// Each applies its decorators bottom first, as they stood on the property, so the
// checks run and answer in the same order.

/** A page's `limit` in a query string: a whole number from 1 to `max`, `default` when absent. */
export const PageLimit = (size: { readonly default: number; readonly max: number }) =>
  applyDecorators(
    Max(size.max),
    Min(1),
    IsInt(),
    Type(() => Number),
    IsOptional(),
    ApiPropertyOptional({ type: 'integer', default: size.default, minimum: 1, maximum: size.max }),
  );

const CURSOR_MAX = 2000;

/** A page's `cursor`: the `next` the previous page answered; absent for the first page. */
export const PageCursor = () =>
  applyDecorators(
    MaxLength(CURSOR_MAX),
    MinLength(1),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({
      description: 'The `next` of the previous page, as it was answered (opaque)',
      minLength: 1,
      maxLength: CURSOR_MAX,
    }),
  );

/** The 200 answer of a list: `{ items, next }`, each item as its class documents it. */
export const ApiPage = (item: Class<unknown>) =>
  applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description: 'A page: pass `next` as `cursor` for the following one',
      schema: {
        type: 'object',
        required: ['items', 'next'],
        properties: {
          items: {
            type: 'array',
            items: { $ref: getSchemaPath(item) },
          },
          next: {
            type: 'string',
            nullable: true,
            description: 'The cursor of the following page; null on the last page',
          },
        },
      },
    }),
  );
