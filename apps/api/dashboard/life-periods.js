/**
 * The periods the 组织生活与活力 tab reports on: the quarters and the whole of this year
 * and the last, as the api names them (2026Q3, 2026) and as a reader says them.
 */

/** Today in the federation's time zone, as the api dates every period (YYYY-MM-DD). */
export const federationToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const QUARTER = /^(\d{4})Q([1-4])$/;
const YEAR = /^\d{4}$/;

/** `{ year, quarter }` of a period value; quarter is null for a year, and null when neither. */
export function parsePeriod(value) {
  const quarter = QUARTER.exec(value ?? '');
  if (quarter) return { year: Number(quarter[1]), quarter: Number(quarter[2]) };
  return YEAR.test(value ?? '') ? { year: Number(value), quarter: null } : null;
}

export function periodLabel(value) {
  const { year, quarter } = parsePeriod(value);
  return quarter === null ? `${year}年全年` : `${year}年第${quarter}季度`;
}

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a period. */
export function periodBounds(value) {
  const { year, quarter } = parsePeriod(value);
  const first = quarter === null ? 1 : quarter * 3 - 2;
  const last = quarter === null ? 12 : quarter * 3;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** This quarter: the default period. */
export function currentQuarter(today = federationToday()) {
  const [year, month] = today.split('-').map(Number);
  return `${year}Q${Math.ceil(month / 3)}`;
}

/**
 * The periods to choose from, newest first, grouped by year: this year's quarters begun so
 * far and its whole, then the last year's four quarters and its whole.
 */
export function periodChoices(today = federationToday()) {
  const { year, quarter } = parsePeriod(currentQuarter(today));
  return [year, year - 1].map((y) => {
    const quarters = y === year ? quarter : 4;
    const values = Array.from({ length: quarters }, (_, index) => `${y}Q${quarters - index}`);
    return { year: y, values: [...values, String(y)] };
  });
}
