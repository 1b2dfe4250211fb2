import type { Row, Workbook, Worksheet } from 'exceljs';
import { displayWidth } from './display-width';
import type { SheetRow } from './sheet-row';
import { TableUnreadable } from './table-unreadable';

/**
 * An empty workbook. exceljs and its ZIP libraries load with the first one, not at boot,
 * where they were a sixth of the time a restarted api took to answer.
 */
export async function newWorkbook(): Promise<Workbook> {
  const { Workbook } = await import('exceljs');
  return new Workbook();
}

/** XLSX is a ZIP archive; its first bytes say so whatever the file is called. */
export function looksLikeXlsx(file: Buffer): boolean {
  return file.length >= 4 && file.readUInt32BE(0) === 0x504b0304;
}

/** The rows of the first worksheet that hold anything, each cell as displayed text. */
export async function readXlsx(file: Buffer): Promise<SheetRow[]> {
  const [workbook, { cellText }] = await Promise.all([newWorkbook(), import('./cell-text')]);
  try {
    // exceljs types its input as an ArrayBuffer, which a Node Buffer is not (it is a view
    // into one, maybe shared with other buffers): the copy is the file's own ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(file).buffer);
  } catch {
    throw new TableUnreadable('IMPORT.UNREADABLE', 'Excel 工作簿已损坏或不是 .xlsx 格式，无法读取');
  }
  // A ZIP that is not a workbook (a .docx, say) loads without error and without sheets.
  const sheet = workbook.worksheets[0];
  if (sheet === undefined)
    throw new TableUnreadable('IMPORT.UNREADABLE', '文件不是 Excel 工作簿(*.xlsx)，无法读取');
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++)
      cells.push(cellText(row.getCell(column)));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

type Value = string | number | null;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** A one-sheet workbook: header row bold and frozen, columns as wide as their content. */
export async function toXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
): Promise<Buffer> {
  const workbook = await newWorkbook();
  addSheet(workbook, sheetName, headers, rows);
  return writeWorkbook(workbook);
}

/** A sheet of the workbook: header row bold and frozen, columns as wide as their content. */
export function addSheet(
  workbook: Workbook,
  sheetName: string,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
): Worksheet {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeHeader(sheet, headers);
  // exceljs leaves `undefined` cells empty; null would too, but its typings refuse it.
  for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
  fitColumns(sheet, headers, rows);
  return sheet;
}

/** The header row, bold; returned so that a streaming writer can commit it. */
export function writeHeader(sheet: Worksheet, headers: readonly string[]): Row {
  const row = sheet.addRow([...headers]);
  row.font = { bold: true };
  return row;
}

export function fitColumns(
  sheet: Worksheet,
  headers: readonly string[],
  rows: readonly (readonly Value[])[] = [],
): void {
  columnWidths(headers, rows).forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** Each column as wide as its widest cell, within bounds. */
export function columnWidths(
  headers: readonly string[],
  rows: readonly (readonly Value[])[] = [],
): number[] {
  return headers.map((header, i) => {
    const widest = rows.reduce(
      (width, row) => Math.max(width, textWidth(String(row[i] ?? ''))),
      textWidth(header),
    );
    // Two units of padding, as Excel's own autofit leaves.
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/** A cell with line breaks is as wide as its longest line. */
function textWidth(text: string): number {
  return Math.max(...text.split(/\r\n|\r|\n/).map(displayWidth));
}

export async function writeWorkbook(workbook: Workbook): Promise<Buffer> {
  // exceljs types the result as its own ArrayBuffer-like `Buffer`; in Node it is a real one.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
