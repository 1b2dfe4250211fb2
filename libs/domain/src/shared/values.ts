import { InvalidInput } from './errors';
import { requireText } from './text';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD day exists in the proleptic Gregorian calendar, years 0000 to 9999 included. */
function dayExists(day: string): boolean {
  const match = DATE.exec(day);
  if (!match) return false;
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export function requireDate(field: string, value: string): string {
  if (!dayExists(value))
    throw new InvalidInput(field, 'DATE.INVALID', `${field} must be a date written YYYY-MM-DD`);
  return value;
}

/** A moment, ISO 8601 with a time zone; returned in UTC. */
export function requireInstant(field: string, value: string): string {
  const time = Date.parse(value);
  if (
    !dayExists(value.slice(0, 10)) ||
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

/** Ids of societies, members and files are opaque texts of at most this length. */
export const ID_MAX = 100;
export const NOTE_MAX = 2000;

/**
 * A list of texts (ids unless said otherwise), each non-empty, none repeated, with `min` to `max`
 * entries. The order is kept: for a draw it is the stated order the algorithm depends on.
 */
export function requireTextList(
  field: string,
  values: readonly string[],
  min: number,
  max: number,
  maxLength = ID_MAX,
): string[] {
  if (!Array.isArray(values) || values.length < min || values.length > max)
    throw new InvalidInput(
      field,
      'LIST.LENGTH_OUT_OF_RANGE',
      `${field} must list from ${min} to ${max} entries`,
    );
  const seen = new Set<string>();
  return values.map((value, index) => {
    const text = requireText(`${field}[${index}]`, value, maxLength);
    if (seen.has(text))
      throw new InvalidInput(`${field}[${index}]`, 'LIST.REPEATED', `${field} lists ${text} twice`);
    seen.add(text);
    return text;
  });
}

/** One of a fixed set of words, checked because the edge may pass any text. */
export function requireOneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined)
    throw new InvalidInput(
      field,
      'VALUE.NOT_ALLOWED',
      `${field} must be one of ${allowed.join(', ')}`,
    );
  return found;
}

/** A later command names the same subject as the stream's first event, or the caller mixed streams up. */
export function requireSameSubject(
  code: string,
  expected: Readonly<Record<string, string>>,
  given: Readonly<Record<string, string>>,
): void {
  for (const [field, value] of Object.entries(expected))
    if (given[field] !== value)
      throw new InvalidInput(field, code, `${field} ${given[field]} is not this stream's ${value}`);
}

/** A year of the yearly cycle (2025 for 2025年度): a whole number from 2000 to 2100. */
export function requireYear(field: string, value: number): number {
  return requireWholeNumber(field, value, 2000, 2100);
}
