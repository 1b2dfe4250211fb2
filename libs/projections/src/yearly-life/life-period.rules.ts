/*
 * Quarters and years as the yearly rules measure them. Every date here is a YYYY-MM-DD
 * calendar date already read in the federation's time zone (the caller turns instants
 * into dates), so such strings compare as dates and no clock or zone is read here.
 */

export type Quarter = 1 | 2 | 3 | 4;

/** A quarter of a year, or the whole year when `quarter` is null. */
export interface LifePeriod {
  readonly year: number;
  readonly quarter: Quarter | null;
}

/** The days from `from` to `to`, both included. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

const pad = (value: number) => String(value).padStart(2, '0');

/** The quarter a date falls in. */
export function quarterOf(date: string): { readonly year: number; readonly quarter: Quarter } {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: QUARTERS[Math.floor((month - 1) / 3)] };
}

/** The months of a quarter as YYYY-MM, in order. */
export function monthsOfQuarter(year: number, quarter: Quarter): string[] {
  const first = (quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((month) => `${year}-${pad(month)}`);
}

/** The months of the quarter whose first day has come by `asOf`: those that carry slots. */
export function monthsBegun(year: number, quarter: Quarter, asOf: string): string[] {
  return monthsOfQuarter(year, quarter).filter((month) => `${month}-01` <= asOf);
}

/** The quarters a period adds up: its own, or the four of its year. */
export function quartersOf(period: LifePeriod): Quarter[] {
  return period.quarter === null ? [...QUARTERS] : [period.quarter];
}

/** The first and the last day of a period. */
export function periodBounds(period: LifePeriod): DateWindow {
  const [first, last] =
    period.quarter === null ? [1, 12] : [(period.quarter - 1) * 3 + 1, period.quarter * 3];
  const lastDay = new Date(Date.UTC(period.year, last, 0)).getUTCDate();
  return {
    from: `${period.year}-${pad(first)}-01`,
    to: `${period.year}-${pad(last)}-${pad(lastDay)}`,
  };
}

/**
 * The part of a period measured on `asOf`: from its first day up to its last or the as-of
 * day, whichever comes first; null when the period has not begun by then.
 */
export function measuredWindow(period: LifePeriod, asOf: string): DateWindow | null {
  const { from, to } = periodBounds(period);
  if (asOf < from) return null;
  return { from, to: asOf < to ? asOf : to };
}

export function isWithin(date: string | null, window: DateWindow | null): boolean {
  return date !== null && window !== null && window.from <= date && date <= window.to;
}
