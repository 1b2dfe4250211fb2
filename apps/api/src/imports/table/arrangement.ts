import {
  readArrangementRow,
  type ArrangementRow,
  type RowCells,
  type RowProblem,
} from './arrangement-row';
import { HEADERS, MAX_DATA_ROWS, type ColumnKey } from './columns';
import { decodeCsv, type CsvEncoding } from './csv-encoding';
import { parseCsv } from './csv';
import { findHeaderRow } from './header-row';
import { isBlank, isBlankRow, type SheetRow } from './sheet-row';
import { TableUnreadable } from './table-unreadable';
import { looksLikeXlsx, readXlsx } from './xlsx';

export interface ParsedTable {
  readonly format: 'xlsx' | 'csv';
  /** How a CSV was decoded; null for XLSX, which is always Unicode. */
  readonly encoding: CsvEncoding | null;
  /** The rows without a problem, in file order. */
  readonly rows: ArrangementRow[];
  /** Every problem of every other row. */
  readonly rejected: RowProblem[];
}

const COLUMN_KEYS = Object.keys(HEADERS) as ColumnKey[];

/**
 * Reads a committee's arrangement table (宣讲安排表) from an uploaded file, XLSX or
 * CSV, told apart by content rather than by name. A row with any problem is left out
 * of `rows` and each of its problems reported; the file as a whole is refused
 * (TableUnreadable) only when it cannot be read as this table at all.
 */
export async function parseArrangementTable(file: Buffer): Promise<ParsedTable> {
  if (file.length === 0) throw empty();
  const { format, encoding, sheetRows } = looksLikeXlsx(file)
    ? { format: 'xlsx' as const, encoding: null, sheetRows: await readXlsx(file) }
    : readCsv(file);

  const filled = sheetRows.filter((row) => !isBlankRow(row));
  if (filled.length === 0) throw empty();
  const header = findHeaderRow(filled);
  const data = filled
    .slice(header.index + 1)
    .map((row) => ({ rowNumber: row.rowNumber, cells: cellsOf(row, header.columns) }))
    .filter(({ cells }) => !onlySerial(cells));
  if (data.length > MAX_DATA_ROWS)
    throw new TableUnreadable(
      'IMPORT.TOO_MANY_ROWS',
      `一次最多导入${MAX_DATA_ROWS}行，这个文件有${data.length}行，请分成几个文件导入`,
    );

  const rows: ArrangementRow[] = [];
  const rejected: RowProblem[] = [];
  for (const { rowNumber, cells } of data) {
    const result = readArrangementRow(rowNumber, cells);
    if ('row' in result) rows.push(result.row);
    else rejected.push(...result.problems);
  }
  return { format, encoding, rows, rejected };
}

function readCsv(file: Buffer) {
  const { text, encoding } = decodeCsv(file);
  return { format: 'csv' as const, encoding, sheetRows: parseCsv(text) };
}

function cellsOf(row: SheetRow, columns: ReadonlyMap<ColumnKey, number>): RowCells {
  const cells = {} as Record<ColumnKey, string>;
  for (const key of COLUMN_KEYS) {
    const at = columns.get(key);
    cells[key] = at === undefined ? '' : (row.cells[at] ?? '');
  }
  return cells;
}

/**
 * Templates are often handed out with 序号 filled down a few hundred rows; such a row
 * holds no arrangement and is skipped like a blank one.
 */
function onlySerial(cells: RowCells): boolean {
  return COLUMN_KEYS.every((key) => key === 'serial' || isBlank(cells[key]));
}

function empty(): TableUnreadable {
  return new TableUnreadable('IMPORT.EMPTY', '文件中没有任何内容');
}
