const MS_PER_DAY = 86_400_000;

/** The moment a report is read at, and the time zone that dates it (the federation's). */
export interface ReportMoment {
  readonly asOf: Date;
  /** An IANA time zone, e.g. Asia/Shanghai: it decides what "today" is. */
  readonly timeZone: string;
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date of an instant in a time zone, YYYY-MM-DD. Built from the parts,
 * not from `format`, so that a change in the locale's punctuation cannot break it.
 */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // A year before 1000 has fewer digits; a date is always YYYY-MM-DD.
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; NaN for anything else. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (match === null) return Number.NaN;
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY;
}

/** Whole days from one date to a later one. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whether a date lies after the middle of a period: startsOn + (endsOn - startsOn) / 2
 * days. A date is read as its first moment, so with an odd number of days (middle at
 * noon) the first date past it is the next one.
 * A period without both ends has no middle.
 */
export function isPastMidpoint(
  startsOn: string | null,
  endsOn: string | null,
  date: string,
): boolean {
  if (startsOn === null || endsOn === null) return false;
  const start = dayNumber(startsOn);
  return dayNumber(date) > start + (dayNumber(endsOn) - start) / 2;
}
