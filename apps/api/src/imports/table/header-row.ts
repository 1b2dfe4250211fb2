import {
  HEADER_ROW_MARKERS,
  HEADERS,
  REQUIRED_COLUMNS,
  headerKey,
  type ColumnKey,
} from './columns';
import type { SheetRow } from './sheet-row';
import { TableUnreadable } from './table-unreadable';

export interface HeaderRow {
  /** Where the header row is among the rows given. */
  readonly index: number;
  /** The 0-based cell index of each column the file has. */
  readonly columns: ReadonlyMap<ColumnKey, number>;
}

const COLUMN_BY_KEY = new Map(
  (Object.entries(HEADERS) as [ColumnKey, string][]).map(([key, header]) => [
    headerKey(header),
    key,
  ]),
);

/**
 * Finds the header row: the first that holds both 委员姓名 and 学会名称, so a title
 * row above it (科技社团党委学会宣讲安排表) is passed over. Columns may come in any
 * order; columns with other headers are ignored.
 */
export function findHeaderRow(rows: readonly SheetRow[]): HeaderRow {
  const index = rows.findIndex((row) => {
    const keys = new Set(row.cells.map(headerKey));
    return HEADER_ROW_MARKERS.every((marker) => keys.has(headerKey(marker)));
  });
  if (index < 0) throw missingHeaders(knownColumns(mostLikeHeader(rows)));
  const columns = knownColumns(rows[index] as SheetRow);
  if (REQUIRED_COLUMNS.some((key) => !columns.has(key))) throw missingHeaders(columns);
  return { index, columns };
}

function knownColumns(row: SheetRow): Map<ColumnKey, number> {
  const columns = new Map<ColumnKey, number>();
  row.cells.forEach((cell, i) => {
    const key = COLUMN_BY_KEY.get(headerKey(cell));
    if (key === undefined) return;
    if (columns.has(key))
      throw new TableUnreadable(
        'IMPORT.HEADER_DUPLICATE',
        `第${row.rowNumber}行：表头“${HEADERS[key]}”出现了不止一次，无法确定用哪一列`,
      );
    columns.set(key, i);
  });
  return columns;
}

/** The row with the most of our headers in it, to say which are missing from it. */
function mostLikeHeader(rows: readonly SheetRow[]): SheetRow {
  const score = (row: SheetRow) =>
    row.cells.filter((cell) => COLUMN_BY_KEY.has(headerKey(cell))).length;
  return rows.reduce((best, row) => (score(row) > score(best) ? row : best), rows[0] as SheetRow);
}

function missingHeaders(columns: ReadonlyMap<ColumnKey, number>): TableUnreadable {
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key)).map(
    (key) => `“${HEADERS[key]}”`,
  );
  return new TableUnreadable(
    'IMPORT.HEADER_MISSING',
    `缺少表头${missing.join('、')}，请使用模板的表头：${Object.values(HEADERS).join('、')}`,
  );
}
