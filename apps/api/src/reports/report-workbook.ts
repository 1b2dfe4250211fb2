import { PassThrough } from 'node:stream';
import type { Row } from 'exceljs';
import { columnWidths, writeHeader } from '../imports/table/xlsx';
import { DATE_FORMAT, dateValue, PERCENT_FORMAT, percentValue, type Table } from './report-table';

/**
 * A report's workbook: one sheet per table, in the order given, every header row bold and
 * frozen. The tables hold rates and dates as the text the CSV needs ('87.50%',
 * '2025-03-11'); here each becomes what Excel sorts and sums, a number with a percent
 * format or a date with a yyyy-mm-dd format, which shows the same text.
 *
 * Written with exceljs's streaming writer, each row zipped as it is added: a workbook
 * built whole before zipping held several times its rows in memory (8,000 rows of six
 * cells: 96 MiB against 33).
 */
export async function workbookOf(sheets: readonly (readonly [string, Table])[]): Promise<Buffer> {
  const { stream } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.once('end', resolve);
    out.once('error', reject);
  });
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const [name, table] of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Widths before the first row: the writer puts the columns ahead of the rows.
    columnWidths(table.headers, table.rows).forEach(
      (width, i) => (sheet.getColumn(i + 1).width = width),
    );
    writeHeader(sheet, table.headers).commit();
    for (const values of table.rows) {
      const row = sheet.addRow(values.map((value) => value ?? undefined));
      typeCells(row, values);
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

function typeCells(row: Row, values: Table['rows'][number]): void {
  values.forEach((value, c) => {
    const rate = percentValue(value);
    const date = rate === null ? dateValue(value) : null;
    if (rate === null && date === null) return;
    // exceljs counts columns from 1.
    const cell = row.getCell(c + 1);
    cell.value = rate ?? date;
    cell.numFmt = rate === null ? DATE_FORMAT : PERCENT_FORMAT;
  });
}
