import { percent } from './report-table';
import { workbookOf } from './report-workbook';
import { expectSheets, readBack, texts } from './report-workbook.testing';

describe('workbookOf', () => {
  const table = {
    headers: ['名称', '比率', '日期', '数量'],
    rows: [
      ['甲', percent(0.875), '2025-03-11', 3],
      ['乙', percent(0.3333), '2024-02-29', 4],
      ['2025-02-30', '87.5%', '2025-3-1', null], // text that only looks like a date or a rate
      ['丙', percent(null), null, 5],
    ],
  };

  it('writes rates as numbers in a percent format and dates as Excel dates, so that Excel sorts and sums them', async () => {
    const sheet = (await readBack(workbookOf([['表', table]]))).sheet('表');
    expect(sheet.getCell('B2').value).toBe(0.875);
    expect(sheet.getCell('B2').numFmt).toBe('0.00%');
    expect(sheet.getCell('B3').value).toBe(0.3333);
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 2, 11)));
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('C3').value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(sheet.getCell('D2').value).toBe(3);
  });

  it('leaves text that is no rate or date as text, and empty cells empty', async () => {
    const sheet = (await readBack(workbookOf([['表', table]]))).sheet('表');
    expect(sheet.getCell('A4').value).toBe('2025-02-30');
    expect(sheet.getCell('B4').value).toBe('87.5%');
    expect(sheet.getCell('C4').value).toBe('2025-3-1');
    expect(sheet.getCell('C5').value).toBeNull();
    expect(sheet.getCell('A1').value).toBe('名称');
  });

  it('keeps each header row bold and frozen and each column as wide as its widest cell', async () => {
    const wide = { headers: ['名称', '说明'], rows: [['中国科学技术学会联合会', 'x']] };
    const { workbook, sheet } = await readBack(
      workbookOf([
        ['表', table],
        ['宽', wide],
      ]),
    );
    expectSheets(workbook, ['表', '宽']);
    // Two display units per CJK character, and two of padding.
    expect(sheet('宽').getColumn(1).width).toBe(24);
    expect(sheet('宽').getColumn(2).width).toBe(6);
    expect(sheet('表').getColumn(2).width).toBe(8);
  });

  it('shows every cell as the same text the CSV holds', async () => {
    const sheet = (await readBack(workbookOf([['表', table]]))).sheet('表');
    expect(texts(sheet).slice(1)).toEqual([
      ['甲', '87.50%', '2025-03-11', '3'],
      ['乙', '33.33%', '2024-02-29', '4'],
      ['2025-02-30', '87.5%', '2025-3-1', ''],
      ['丙', '', '', '5'],
    ]);
  });
});
