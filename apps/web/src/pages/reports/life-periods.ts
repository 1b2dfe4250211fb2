/**
 * The periods the 组织生活与活力 page reports on: the quarters and the whole of this year
 * and the last, as the api names them (2026Q3, 2026) and as a reader says them.
 */

/** Today in the federation's time zone, as the api dates every period (YYYY-MM-DD). */
export const federationToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const QUARTER = /^(\d{4})Q([1-4])$/;
const YEAR = /^\d{4}$/;

export interface Period {
  readonly year: number;
  /** Null for a whole year. */
  readonly quarter: number | null;
}

/** The year and quarter of a period value, or null when it is neither a quarter nor a year. */
export function parsePeriod(value: string): Period | null {
  const quarter = QUARTER.exec(value);
  if (quarter) return { year: Number(quarter[1]), quarter: Number(quarter[2]) };
  return YEAR.test(value) ? { year: Number(value), quarter: null } : null;
}

export function periodLabel(value: string): string {
  const period = parsePeriod(value);
  if (!period) return value;
  return period.quarter === null
    ? `${period.year}年全年`
    : `${period.year}年第${period.quarter}季度`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a period. */
export function periodBounds(value: string): { from: string; to: string } {
  const { year, quarter } = parsePeriod(value) ?? { year: 0, quarter: null };
  const first = quarter === null ? 1 : quarter * 3 - 2;
  const last = quarter === null ? 12 : quarter * 3;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** This quarter: the default period. */
export function currentQuarter(today = federationToday()): string {
  const [year, month] = today.split('-').map(Number);
  return `${year}Q${Math.ceil((month ?? 1) / 3)}`;
}

/**
 * The periods to choose from, newest first, grouped by year: this year's quarters begun so
 * far and its whole, then the last year's four quarters and its whole.
 */
export function periodChoices(today = federationToday()): { year: number; values: string[] }[] {
  const { year, quarter } = parsePeriod(currentQuarter(today)) ?? { year: 0, quarter: 4 };
  return [year, year - 1].map((y) => {
    const quarters = y === year ? (quarter ?? 4) : 4;
    const values = Array.from({ length: quarters }, (_, index) => `${y}Q${quarters - index}`);
    return { year: y, values: [...values, String(y)] };
  });
}
