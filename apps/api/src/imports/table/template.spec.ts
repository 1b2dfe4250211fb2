import { Workbook, type Worksheet } from 'exceljs';
import { parseArrangementTable } from './arrangement';
import { arrangementTemplateXlsx, INSTRUCTIONS_SHEET, TEMPLATE_SHEET } from './template';

async function template(): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await arrangementTemplateXlsx()) as never);
  return workbook;
}

const validationAt = (sheet: Worksheet, address: string) =>
  (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
    .model[address];

describe('arrangementTemplateXlsx', () => {
  it('parses back as an arrangement table with no rows and no problems', async () => {
    await expect(parseArrangementTable(await arrangementTemplateXlsx())).resolves.toEqual({
      format: 'xlsx',
      encoding: null,
      rows: [],
      rejected: [],
    });
  });

  it('has the header row alone on the first sheet, bold, with columns sized for Chinese', async () => {
    const sheet = (await template()).worksheets[0]!;
    expect(sheet.name).toBe(TEMPLATE_SHEET);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '序号',
      '委员姓名',
      '委员职务',
      '学会名称',
      '学会类型',
      '统一社会信用代码',
    ]);
    expect(sheet.actualRowCount).toBe(1);
    for (let column = 1; column <= 6; column++)
      expect(sheet.getRow(1).getCell(column).font?.bold).toBe(true);
    // an 18-character credit code, wider than its 8-character header (16), + 2 padding
    expect(sheet.getColumn(6).width).toBe(20);
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(22);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('offers drop-down lists of the allowed words for 委员职务 and 学会类型', async () => {
    const sheet = (await template()).worksheets[0]!;
    expect(validationAt(sheet, 'C2')).toMatchObject({
      type: 'list',
      formulae: ['"委员,书记,副书记,纪检委员,宣讲专家"'],
    });
    expect(validationAt(sheet, 'C5001')).toBeDefined();
    expect(validationAt(sheet, 'C5002')).toBeUndefined();
    expect(validationAt(sheet, 'E2')).toMatchObject({
      type: 'list',
      formulae: ['"学会,协会,研究会"'],
    });
    expect(validationAt(sheet, 'B2')).toBeUndefined();
  });

  it('formats the credit code column as text, so Excel keeps the digits as typed', async () => {
    expect((await template()).worksheets[0]!.getColumn(6).numFmt).toBe('@');
  });

  it('explains each column and its allowed values on a second sheet', async () => {
    const sheet = (await template()).getWorksheet(INSTRUCTIONS_SHEET)!;
    expect(sheet).toBeDefined();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const lines: string[] = [];
    sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(' ')));
    const text = lines.join('\n');
    for (const header of [
      '序号',
      '委员姓名',
      '委员职务',
      '学会名称',
      '学会类型',
      '统一社会信用代码',
    ])
      expect(lines.some((line) => line.startsWith(`${header} `))).toBe(true);
    expect(text).toContain('委员、书记、副书记、纪检委员 或 宣讲专家');
    expect(text).toContain('学会、协会 或 研究会');
    expect(text).toContain('18位');
    expect(text).toContain('5000');
  });
});
