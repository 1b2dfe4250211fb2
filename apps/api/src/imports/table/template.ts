import type { DataValidation, Worksheet } from 'exceljs';
import {
  HEADERS,
  KIND_CHOICES,
  KIND_LABELS,
  MAX_DATA_ROWS,
  MEMBER_NAME_MAX,
  POSITION_CHOICES,
  POSITION_LABELS,
  SOCIETY_NAME_MAX,
  TEMPLATE_HEADERS,
} from './columns';
import { fitColumns, newWorkbook, writeHeader, writeWorkbook } from './xlsx';

export const TEMPLATE_SHEET = '宣讲安排表';
export const INSTRUCTIONS_SHEET = '填写说明';

/** What the instructions sheet says about each column, in the template's order. */
const INSTRUCTIONS: readonly (readonly [string, string, string])[] = [
  [HEADERS.serial, '选填', '行号，可留空，仅便于核对'],
  [HEADERS.memberName, '必填', `委员的姓名，不超过${MEMBER_NAME_MAX}个字`],
  [HEADERS.memberPosition, '必填', `只能填写 ${POSITION_CHOICES}（“专家”视同“宣讲专家”）`],
  [HEADERS.societyName, '必填', `学会的全称，不超过${SOCIETY_NAME_MAX}个字`],
  [HEADERS.societyKind, '必填', `只能填写 ${KIND_CHOICES}`],
  [HEADERS.creditCode, '选填', '18位统一社会信用代码，字母大小写均可；不知道可留空'],
];

/** Sizes the columns for what people will type; never written into the sheet. */
const TYPICAL_WIDTHS = [
  '',
  '欧阳某某',
  '纪检委员',
  '中国某某某某某某某学会',
  '研究会',
  '91110000MA01ABCDE1',
];

const NOTES = [
  '第一行是表头，请勿修改表头文字；列的顺序可以调整，多出的列导入时会被忽略。',
  `每次最多导入${MAX_DATA_ROWS}行，空行会被跳过。`,
  '也可另存为 CSV（UTF-8 或 GBK 编码均可）后导入。',
];

/**
 * The template a committee downloads: the header row alone on the first sheet, with
 * drop-down lists for the two columns that take fixed words, and a second sheet
 * explaining every column. No example row: one left in gets imported as a member.
 */
export async function arrangementTemplateXlsx(): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  writeHeader(sheet, TEMPLATE_HEADERS);
  fitColumns(sheet, TEMPLATE_HEADERS, [TYPICAL_WIDTHS]);
  const column = (header: string) => TEMPLATE_HEADERS.indexOf(header) + 1;
  addList(sheet, column(HEADERS.memberPosition), POSITION_LABELS, POSITION_CHOICES);
  addList(sheet, column(HEADERS.societyKind), KIND_LABELS, KIND_CHOICES);
  // Text format, so Excel keeps an all-digit credit code as typed instead of 1.23E+17.
  sheet.getColumn(column(HEADERS.creditCode)).numFmt = '@';

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  const instructionHeaders = ['列名', '是否必填', '填写要求'];
  writeHeader(instructions, instructionHeaders);
  instructions.addRows(INSTRUCTIONS.map((row) => [...row]));
  instructions.addRow([]);
  for (const note of NOTES) instructions.addRow([note]);
  fitColumns(instructions, instructionHeaders, INSTRUCTIONS);
  return writeWorkbook(workbook);
}

/**
 * exceljs writes one validation over a whole range (a worksheet's `dataValidations`), but
 * its typings declare only the per-cell form, which would write 5,000 empty rows into the
 * template.
 */
declare module 'exceljs' {
  interface Worksheet {
    readonly dataValidations: { add(range: string, validation: DataValidation): void };
  }
}

function addList(sheet: Worksheet, column: number, words: readonly string[], choices: string) {
  const letter = sheet.getColumn(column).letter;
  sheet.dataValidations.add(`${letter}2:${letter}${MAX_DATA_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${words.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '无法识别',
    error: `请填写 ${choices}`,
  });
}
