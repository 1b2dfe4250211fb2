/** What a report's cell holds: text, a number people can sum, or nothing. */
export type Cell = string | number | null;

/** A sheet's content: a header row and its data rows, cells in header order. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Rows as the sheets people send upward number them: a 序号 column from 1. */
export function numbered(headers: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  return { headers: ['序号', ...headers], rows: rows.map((row, i) => [i + 1, ...row]) };
}

/** A summary sheet: one 指标/数值 pair a row. */
export function figures(rows: readonly (readonly [string, Cell])[]): Table {
  return { headers: ['指标', '数值'], rows };
}

/** A rate as people write it, 0.875 → '87.50%'; empty when there was nothing to divide by. */
export function percent(rate: number | null): string {
  return rate === null ? '' : `${(rate * 100).toFixed(PERCENT_DECIMALS)}%`;
}

const PERCENT_DECIMALS = 2;
const PERCENT_TEXT = new RegExp(`^-?\\d+\\.\\d{${PERCENT_DECIMALS}}%$`);
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Excel number format that shows a rate as `percent` writes it. */
export const PERCENT_FORMAT = `0.${'0'.repeat(PERCENT_DECIMALS)}%`;
/** The Excel number format that shows a date as the tables write it. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The rate a cell written by `percent` holds, 4 decimals as the reports round them; null for any other cell. */
export function percentValue(cell: Cell): number | null {
  if (typeof cell !== 'string' || !PERCENT_TEXT.test(cell)) return null;
  return Number((Number(cell.slice(0, -1)) / 100).toFixed(PERCENT_DECIMALS + 2));
}

/** The calendar date a YYYY-MM-DD cell holds, as midnight UTC (Excel's dates have no zone); null for any other cell. */
export function dateValue(cell: Cell): Date | null {
  const match = typeof cell === 'string' ? DATE_TEXT.exec(cell) : null;
  if (match === null) return null;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  // 2025-02-30 is text that looks like a date, not one.
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! ? date : null;
}

export const yesNo = (value: boolean): string => (value ? '是' : '否');
