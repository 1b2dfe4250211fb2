import type { PipeTransform } from '@nestjs/common';
import { RequestInvalid } from '../http/request-invalid';

/** A year in the path: a whole number from 2000 to 2100, as the tables take; 400 otherwise. */
export class YearParam implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (year >= 2000 && year <= 2100) return year;
    throw new RequestInvalid([
      { field: 'year', rule: 'isYear', message: 'year must be a year from 2000 to 2100' },
    ]);
  }
}
