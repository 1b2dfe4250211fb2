import { Workbook, type Cell, type Worksheet } from 'exceljs';
import { cellText } from '../imports/table/cell-text';
import { percent, PERCENT_FORMAT } from './report-table';

/** Reads a workbook back as Excel would open it. */
export async function loadWorkbook(file: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file as never);
  return workbook;
}

/** A cell's text as Excel shows it: a rate in its percent format as `percent` writes it. */
function shown(cell: Cell): string {
  return cell.numFmt === PERCENT_FORMAT && typeof cell.value === 'number'
    ? percent(cell.value)
    : cellText(cell);
}

/** Every row as displayed text, padded to the header's width (exceljs drops trailing empties). */
export function texts(sheet: Worksheet): string[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => shown(row.getCell(c + 1))));
  }
  return rows;
}

/** A sheet by name, or a failure that names it. */
export function sheetNamed(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** A 指标/数值 sheet as an object. */
export function figuresOf(sheet: Worksheet): Record<string, string> {
  return Object.fromEntries(texts(sheet).map(([label, value]) => [label, value]));
}

/** A report's workbook read back, its sheets found by name. */
export interface ReadBack {
  readonly workbook: Workbook;
  sheet(name: string): Worksheet;
}

export async function readBack(file: Promise<Buffer>): Promise<ReadBack> {
  const workbook = await loadWorkbook(await file);
  return { workbook, sheet: (name) => sheetNamed(workbook, name) };
}

/** The sheets in this order, each header row bold and frozen, the data rows not bold. */
export function expectSheets(workbook: Workbook, names: readonly string[]): void {
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(names);
  for (const sheet of workbook.worksheets) {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    sheet.getRow(1).eachCell((cell) => expect(cell.font?.bold).toBe(true));
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
  }
}
