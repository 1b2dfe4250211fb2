import { addSheet, newWorkbook, writeWorkbook } from '../imports/table/xlsx';
import type { Table } from './report-table';

/** A report's workbook: one sheet per table, in the order given, every header row bold and frozen. */
export async function workbookOf(sheets: readonly (readonly [string, Table])[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  for (const [name, { headers, rows }] of sheets) addSheet(workbook, name, headers, rows);
  return writeWorkbook(workbook);
}
