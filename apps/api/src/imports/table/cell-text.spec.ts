import { Workbook } from 'exceljs';
import { cellText, valueText } from './cell-text';

async function reloaded(workbook: Workbook): Promise<Workbook> {
  const loaded = new Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

describe('valueText', () => {
  it.each<[string, unknown, string]>([
    ['nothing', null, ''],
    ['a string, spaces kept', ' 学会 ', ' 学会 '],
    ['a whole number', 12, '12'],
    ['a number without binary noise', 0.1 + 0.2, '0.3'],
    ['a boolean', true, 'TRUE'],
    ['a date', new Date(Date.UTC(2026, 2, 1)), '2026-03-01'],
    [
      'rich text',
      { richText: [{ text: '中国' }, { font: { bold: true }, text: '化学会' }] },
      '中国化学会',
    ],
    ['a hyperlink', { text: '中国科协', hyperlink: 'https://www.cast.org.cn' }, '中国科协'],
    [
      'a hyperlink over rich text',
      { text: { richText: [{ text: '科' }, { text: '协' }] }, hyperlink: 'x' },
      '科协',
    ],
    ['a formula with its result', { formula: 'ROW()-2', result: 3 }, '3'],
    ['a formula with no result yet', { formula: 'A1' }, ''],
    ['a shared formula', { sharedFormula: 'A2', result: '书记' }, '书记'],
    ['an error', { error: '#N/A' }, '#N/A'],
  ])('reads %s', (_, value, text) => {
    expect(valueText(value)).toBe(text);
  });
});

describe('cellText', () => {
  it('reads a formula whose result is 0, which exceljs own cell.text shows as empty', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('s').getCell('A1').value = { formula: 'ROW()-1', result: 0 };
    const cell = (await reloaded(workbook)).worksheets[0]!.getCell('A1');
    expect(cell.text).toBe('');
    expect(cellText(cell)).toBe('0');
  });

  it('reads a cell covered by a merge as the merged text, as Excel shows it', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.getCell('A1').value = '中国化学会';
    sheet.mergeCells('A1:A3');
    const loaded = (await reloaded(workbook)).worksheets[0]!;
    expect(['A1', 'A2', 'A3'].map((address) => cellText(loaded.getCell(address)))).toEqual([
      '中国化学会',
      '中国化学会',
      '中国化学会',
    ]);
  });

  it('reads a cell covered by a merge over a formula whose result is 0', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.getCell('A1').value = { formula: 'ROW()-1', result: 0 };
    sheet.mergeCells('A1:A2');
    const loaded = (await reloaded(workbook)).worksheets[0]!;
    expect(cellText(loaded.getCell('A2'))).toBe('0');
  });

  it('reads a hyperlink over rich text as a string, where exceljs cell.text gives an object', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('s').getCell('A1').value = {
      text: { richText: [{ text: '中国' }, { text: '科协' }] },
      hyperlink: 'https://www.cast.org.cn',
    } as never;
    const cell = (await reloaded(workbook)).worksheets[0]!.getCell('A1');
    expect(typeof cell.text).not.toBe('string');
    expect(cellText(cell)).toBe('中国科协');
  });
});
