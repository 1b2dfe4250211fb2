import { applyDecorators, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { RequestInvalid } from './request-invalid';

/** The years the deciders take (`requireYear`). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** A path year such as `2026`: 400 naming the parameter for anything else, or out of range. */
export class YearParam implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR))
      throw new RequestInvalid([
        {
          field: 'year',
          rule: 'year',
          message: `year must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, such as 2026`,
        },
      ]);
    return year;
  }
}

/** Documents the `{year}` of a path. */
export const ApiYearParam = (description: string) =>
  applyDecorators(
    ApiParam({
      name: 'year',
      description,
      schema: { type: 'integer', minimum: FIRST_YEAR, maximum: LAST_YEAR, example: 2026 },
    }),
  );
