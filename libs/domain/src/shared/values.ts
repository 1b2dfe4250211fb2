import { InvalidInput } from './errors';
import { requireText } from './text';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date, YYYY-MM-DD, that exists. */
export function requireDate(field: string, value: string): string {
  const match = DATE.exec(value);
  const valid =
    match !== null &&
    (() => {
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return date.toISOString().slice(0, 10) === value;
    })();
  if (!valid)
    throw new InvalidInput(field, 'DATE.INVALID', `${field} must be a date written YYYY-MM-DD`);
  return value;
}

/** A moment, ISO 8601 with a time zone; returned in UTC. */
export function requireInstant(field: string, value: string): string {
  const time = Date.parse(value);
  const day = value.slice(0, 10);
  const dayExists =
    DATE.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  if (
    !dayExists ||
    !/T\d{2}:\d{2}/.test(value) ||
    !/(Z|[+-]\d{2}:?\d{2})$/.test(value) ||
    Number.isNaN(time)
  )
    throw new InvalidInput(
      field,
      'INSTANT.INVALID',
      `${field} must be an ISO 8601 date and time with a zone, e.g. 2026-03-01T09:30:00+08:00`,
    );
  return new Date(time).toISOString();
}

export function requireWholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InvalidInput(
      field,
      'NUMBER.OUT_OF_RANGE',
      `${field} must be a whole number from ${min} to ${max}`,
    );
  return value;
}

export function optionalText(
  field: string,
  value: string | undefined | null,
  maxLength: number,
): string | null {
  return value === undefined || value === null ? null : requireText(field, value, maxLength);
}

export const REASON_MAX = 500;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 5000;
