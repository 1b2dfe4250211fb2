import { Workbook } from 'exceljs';
import { looksLikeXlsx, readXlsx, toXlsx } from './xlsx';

async function load(file: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file as never);
  return workbook;
}

const CHINESE = [
  '中国科学技术协会',
  '　全角空格开头',
  ' 前后空格 ',
  '𠮷野家', // outside the BMP
  'e\u0301', // decomposed: must stay as written, not be normalised
  '第一行\n第二行',
  '=1+1', // text, not a formula
  '“引号”、《书名号》',
];

describe('toXlsx', () => {
  it('round-trips Chinese text byte for byte', async () => {
    const file = await toXlsx(
      '导出',
      ['名称'],
      CHINESE.map((text) => [text]),
    );
    const rows = await readXlsx(file);
    expect(rows.map((row) => row.cells[0])).toEqual(['名称', ...CHINESE]);
    rows
      .slice(1)
      .forEach((row, i) =>
        expect(Buffer.from(row.cells[0] as string, 'utf8')).toEqual(
          Buffer.from(CHINESE[i] as string, 'utf8'),
        ),
      );
  });

  it('keeps numbers as numbers and writes null as an empty cell', async () => {
    const sheet = (await load(await toXlsx('s', ['a', 'b', 'c'], [[1, null, '1']]))).worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe(1);
    expect(sheet.getCell('B2').value).toBeNull();
    expect(sheet.getCell('C2').value).toBe('1');
  });

  it('names the sheet, bolds and freezes the header row', async () => {
    const sheet = (await load(await toXlsx('宣讲记录', ['学会名称', 'x'], [['中国化学会', 'y']])))
      .worksheets[0]!;
    expect(sheet.name).toBe('宣讲记录');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('B1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('sizes each column to its widest cell, Chinese characters counting double', async () => {
    const file = await toXlsx(
      's',
      ['学会名称', 'code', 'n', 'long'],
      [
        ['中国科学技术协会', '91110000MA01ABCD', 1, 'x'.repeat(200)],
        ['短', null, 12345, '多行\n文本'],
      ],
    );
    const sheet = (await load(file)).worksheets[0]!;
    // 8 characters × 2 + 2 padding; 16 Latin + 2; "n" and 12345 lifted to the minimum; very long capped
    expect([1, 2, 3, 4].map((column) => sheet.getColumn(column).width)).toEqual([18, 18, 7, 60]);
  });

  it('is an XLSX by its first bytes', async () => {
    const file = await toXlsx('s', ['a'], []);
    expect(Buffer.isBuffer(file)).toBe(true);
    expect(looksLikeXlsx(file)).toBe(true);
    expect(looksLikeXlsx(Buffer.from('PK,不是压缩包'))).toBe(false);
    expect(looksLikeXlsx(Buffer.from('PK'))).toBe(false);
  });
});

describe('readXlsx', () => {
  it('reads the first worksheet only, skipping empty rows but keeping row numbers', async () => {
    const workbook = new Workbook();
    const first = workbook.addWorksheet('甲');
    workbook.addWorksheet('乙').getCell('A1').value = '第二张表';
    first.getCell('A1').value = '一';
    first.getCell('B3').value = '三';
    const rows = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['一'] },
      { rowNumber: 3, cells: ['', '三'] },
    ]);
  });

  it('refuses a damaged ZIP and a ZIP that is not a workbook', async () => {
    await expect(readXlsx(Buffer.from('PK\u0003\u0004 damaged', 'latin1'))).rejects.toMatchObject({
      code: 'IMPORT.UNREADABLE',
    });
    // An empty ZIP archive: only the end-of-central-directory record.
    const emptyZip = Buffer.from('504b0506' + '00'.repeat(18), 'hex');
    await expect(readXlsx(emptyZip)).rejects.toMatchObject({ code: 'IMPORT.UNREADABLE' });
  });
});
