import type { Worksheet } from 'exceljs';
import { addSheet, newWorkbook, writeWorkbook } from '../imports/table/xlsx';
import { DATE_FORMAT, dateValue, PERCENT_FORMAT, percentValue, type Table } from './report-table';

/**
 * A report's workbook: one sheet per table, in the order given, every header row bold and
 * frozen. The tables hold rates and dates as the text the CSV needs ('87.50%',
 * '2025-03-11'); here each becomes what Excel sorts and sums, a number with a percent
 * format or a date with a yyyy-mm-dd format, which shows the same text.
 */
export async function workbookOf(sheets: readonly (readonly [string, Table])[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  for (const [name, table] of sheets)
    typeCells(addSheet(workbook, name, table.headers, table.rows), table);
  return writeWorkbook(workbook);
}

function typeCells(sheet: Worksheet, { rows }: Table): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const rate = percentValue(value);
      const date = rate === null ? dateValue(value) : null;
      if (rate === null && date === null) return;
      // Data rows start below the header, and exceljs counts from 1.
      const cell = sheet.getRow(r + 2).getCell(c + 1);
      cell.value = rate ?? date;
      cell.numFmt = rate === null ? DATE_FORMAT : PERCENT_FORMAT;
    }),
  );
}
