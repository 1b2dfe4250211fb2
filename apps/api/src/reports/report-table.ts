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
  return rate === null ? '' : `${(rate * 100).toFixed(2)}%`;
}

export const yesNo = (value: boolean): string => (value ? '是' : '否');
