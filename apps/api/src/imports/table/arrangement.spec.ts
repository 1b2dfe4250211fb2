import { creditCodeCheckCharacter } from '@pb/domain';
import { Workbook } from 'exceljs';
import { parseArrangementTable } from './arrangement';
import { toCsv } from './csv';
import { encodeGb18030 } from './gb18030.testing';
import type { ArrangementRow } from './index';
import { TableUnreadable } from './table-unreadable';

const HEADER = '序号,委员姓名,委员职务,学会名称,学会类型,统一社会信用代码';
const CODE = withCheck('91110000MA01C8K2X');
const OTHER_CODE = withCheck('51100000500012345');

function withCheck(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const csv = (...lines: string[]) => utf8([HEADER, ...lines].join('\r\n'));

/** The rows a well-filled table gives, whatever the format. */
const ZHANG: ArrangementRow = {
  rowNumber: 2,
  serial: '1',
  memberName: '张三',
  memberPosition: 'secretary',
  societyName: '中国化学会',
  societyKind: 'society',
  creditCode: CODE,
};
const LI: ArrangementRow = {
  rowNumber: 3,
  serial: '2',
  memberName: '李四',
  memberPosition: 'expert',
  societyName: '中国计算机学会',
  societyKind: 'association',
  creditCode: null,
};
const CSV_TEXT = [
  HEADER,
  `1,张三,书记,中国化学会,学会,${CODE}`,
  '2,李四,宣讲专家,中国计算机学会,协会,',
  '',
].join('\r\n');

async function problemsOf(...lines: string[]) {
  const { rows, rejected } = await parseArrangementTable(csv(...lines));
  expect(rows).toEqual([]);
  return rejected;
}

async function refusal(file: Buffer): Promise<TableUnreadable> {
  const error = await parseArrangementTable(file).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TableUnreadable);
  return error as TableUnreadable;
}

describe('parseArrangementTable: XLSX', () => {
  async function workbookFile(fill: (workbook: Workbook) => void): Promise<Buffer> {
    const workbook = new Workbook();
    fill(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('finds the header under a title row, in any column order, and reads rich text, numbers, formulas and links', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('安排');
      sheet.getCell('A1').value = '科技社团党委学会宣讲安排表';
      sheet.mergeCells('A1:G1');
      sheet.addRow([
        '学会类型',
        ' 委员姓名 ',
        '备注',
        '学会名称',
        '序号',
        '委员职务\u3000',
        '统一社会\n信用代码',
      ]);
      sheet.addRow([
        '学会',
        { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] },
        '随便写点什么',
        { text: '中国化学会', hyperlink: 'https://www.chemsoc.org.cn' },
        1,
        '书记',
        CODE.toLowerCase(),
      ]);
      sheet.addRow([]);
      sheet.addRow([
        '协会',
        '李四',
        null,
        '中国计算机学会',
        { formula: 'ROW()-2', result: 2 },
        '专家',
        null,
      ]);
      workbook.addWorksheet('别的表').addRow(['委员姓名', '学会名称']);
    });

    await expect(parseArrangementTable(file)).resolves.toEqual({
      format: 'xlsx',
      encoding: null,
      rows: [
        { ...ZHANG, rowNumber: 3 },
        { ...LI, rowNumber: 5 },
      ],
      rejected: [],
    });
  });

  it('reads a society name merged down several rows into each of them', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.addRow(['委员姓名', '委员职务', '学会名称', '学会类型']);
      sheet.addRow(['张三', '书记', '中国化学会', '学会']);
      sheet.addRow(['王五', '委员', null, '学会']);
      sheet.mergeCells('C2:C3');
    });
    const { rows } = await parseArrangementTable(file);
    expect(rows.map((row) => [row.memberName, row.societyName])).toEqual([
      ['张三', '中国化学会'],
      ['王五', '中国化学会'],
    ]);
  });

  it('reports row problems with the row number Excel shows', async () => {
    const file = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.getCell('A1').value = '标题';
      sheet.getRow(3).values = ['委员姓名', '委员职务', '学会名称', '学会类型'];
      sheet.getRow(7).values = ['张三', '主任', '中国化学会', '学会'];
    });
    const { rejected } = await parseArrangementTable(file);
    expect(rejected).toEqual([
      {
        rowNumber: 7,
        column: '委员职务',
        code: 'IMPORT.POSITION_UNKNOWN',
        message: '第7行：委员职务“主任”无法识别，应为 委员、书记、副书记、纪检委员 或 宣讲专家',
      },
    ]);
  });
});

describe('parseArrangementTable: CSV', () => {
  const expected = { rows: [ZHANG, LI], rejected: [] };

  it('reads UTF-8 with a BOM', async () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(CSV_TEXT)]);
    await expect(parseArrangementTable(file)).resolves.toEqual({
      format: 'csv',
      encoding: 'utf-8',
      ...expected,
    });
  });

  it('reads UTF-8 without a BOM', async () => {
    await expect(parseArrangementTable(utf8(CSV_TEXT))).resolves.toEqual({
      format: 'csv',
      encoding: 'utf-8',
      ...expected,
    });
  });

  it('reads GB18030, as Excel saves "CSV" in China', async () => {
    const file = encodeGb18030(CSV_TEXT);
    expect(file.includes(utf8('学会'))).toBe(false);
    expect(file.includes(Buffer.from('d1a7bbe1', 'hex'))).toBe(true);
    await expect(parseArrangementTable(file)).resolves.toEqual({
      format: 'csv',
      encoding: 'gb18030',
      ...expected,
    });
  });

  it('reads a small GB18030 file written out byte by byte', async () => {
    // 委员姓名,委员职务,学会名称,学会类型 CRLF 张三,书记,中国化学会,学会 — as glibc iconv encodes it
    const file = Buffer.from(
      'ceafd4b1d0d5c3fb2cceafd4b1d6b0cef12cd1a7bbe1c3fbb3c62cd1a7bbe1c0e0d0cd0d0a' +
        'd5c5c8fd2ccae9bcc72cd6d0b9fabbafd1a7bbe12cd1a7bbe1',
      'hex',
    );
    const { encoding, rows } = await parseArrangementTable(file);
    expect(encoding).toBe('gb18030');
    expect(rows).toEqual([{ ...ZHANG, serial: null, creditCode: null }]);
  });

  it('reads quoted fields holding commas, quotes and line breaks, numbering rows as Excel does', async () => {
    const file = csv(
      '1,"张三",书记,"中国化学会,北京分会",学会,',
      '2,李四,委员,"中国""未来""学会\r\n（筹）",学会,',
      '3,王五,主任,中国化学会,学会,',
    );
    const { rows, rejected } = await parseArrangementTable(file);
    expect(rows.map((row) => [row.rowNumber, row.societyName])).toEqual([
      [2, '中国化学会,北京分会'],
      [3, '中国"未来"学会\r\n（筹）'],
    ]);
    expect(rejected.map((problem) => problem.rowNumber)).toEqual([4]);
  });

  it('round-trips what toCsv writes', async () => {
    const file = toCsv(HEADER.split(','), [
      [1, '张三', '书记', '中国化学会', '学会', CODE],
      [2, '李四', '宣讲专家', '中国计算机学会', '协会', null],
    ]);
    await expect(parseArrangementTable(file)).resolves.toEqual({
      format: 'csv',
      encoding: 'utf-8',
      ...expected,
    });
  });
});

describe('parseArrangementTable: reading the cells', () => {
  it.each([
    ['委员', 'member'],
    ['书记', 'secretary'],
    ['副书记', 'deputy-secretary'],
    ['纪检委员', 'discipline-member'],
    ['宣讲专家', 'expert'],
    ['专家', 'expert'],
    [' \u3000副书记\u3000 ', 'deputy-secretary'],
  ])('maps the position %j to %s', async (word, position) => {
    const { rows } = await parseArrangementTable(csv(`,张三,${word},中国化学会,学会,`));
    expect(rows[0]?.memberPosition).toBe(position);
  });

  it.each([
    ['学会', 'society'],
    ['协会', 'association'],
    ['研究会', 'research-society'],
    ['\u3000研究会 ', 'research-society'],
  ])('maps the kind %j to %s', async (word, kind) => {
    const { rows } = await parseArrangementTable(csv(`,张三,委员,中国化学会,${word},`));
    expect(rows[0]?.societyKind).toBe(kind);
  });

  it('trims and NFC-normalises names, and reads a blank 序号 as null', async () => {
    const { rows } = await parseArrangementTable(
      csv(`\u3000,\u3000Jose\u0301 张 ,委员, 中国化学会\u3000,学会,`),
    );
    expect(rows[0]).toMatchObject({
      serial: null,
      memberName: 'José 张',
      societyName: '中国化学会',
    });
    expect(rows[0]?.memberName).toBe('Jos\u00e9 张');
  });

  it('upper-cases the credit code and turns full-width characters into ASCII', async () => {
    const fullWidth = [...CODE.toLowerCase()]
      .map((c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0))
      .join('');
    const { rows } = await parseArrangementTable(
      csv(
        `1,张三,委员,中国化学会,学会, ${CODE.toLowerCase()} `,
        `2,李四,委员,中国化学会,学会,${fullWidth}`,
      ),
    );
    expect(rows.map((row) => row.creditCode)).toEqual([CODE, CODE]);
  });

  it('accepts names at their longest', async () => {
    const { rows } = await parseArrangementTable(
      csv(`,${'张'.repeat(50)},委员,${'会'.repeat(100)},学会,`),
    );
    expect(rows).toHaveLength(1);
  });

  it('counts characters outside the BMP as one', async () => {
    const { rows } = await parseArrangementTable(csv(`,${'𠮷'.repeat(50)},委员,中国化学会,学会,`));
    expect(rows[0]?.memberName).toBe('𠮷'.repeat(50));
  });

  it('skips blank rows, rows of spaces, and rows with only a 序号', async () => {
    const { rows, rejected } = await parseArrangementTable(
      csv('', ',,,,,', ' , \u3000 ,,,,', `1,张三,书记,中国化学会,学会,${CODE}`, '2,,,,,', '3'),
    );
    expect(rows.map((row) => row.rowNumber)).toEqual([5]);
    expect(rejected).toEqual([]);
  });

  it('does without the 序号 and credit code columns, and ignores unknown columns', async () => {
    const { rows } = await parseArrangementTable(
      utf8('备注,学会名称,委员姓名,学会类型,委员职务\r\n无,中国化学会,张三,学会,书记'),
    );
    expect(rows).toEqual([{ ...ZHANG, serial: null, creditCode: null }]);
  });

  it('tells XLSX by its bytes, not its name: text that starts with PK is still CSV', async () => {
    const file = utf8(`PK备注,${HEADER}\r\n无,1,张三,书记,中国化学会,学会,${CODE}`);
    await expect(parseArrangementTable(file)).resolves.toEqual({
      format: 'csv',
      encoding: 'utf-8',
      rows: [ZHANG],
      rejected: [],
    });
  });
});

describe('parseArrangementTable: row problems', () => {
  it('IMPORT.REQUIRED for each required cell left blank', async () => {
    const rejected = await problemsOf(`1,, ,\u3000,,${CODE}`);
    expect(rejected.map(({ rowNumber, column, code }) => [rowNumber, column, code])).toEqual([
      [2, '委员姓名', 'IMPORT.REQUIRED'],
      [2, '委员职务', 'IMPORT.REQUIRED'],
      [2, '学会名称', 'IMPORT.REQUIRED'],
      [2, '学会类型', 'IMPORT.REQUIRED'],
    ]);
    expect(rejected[0]?.message).toBe('第2行：委员姓名不能为空');
  });

  it('IMPORT.TOO_LONG for a member name over 50 characters and a society name over 100', async () => {
    const rejected = await problemsOf(`,${'张'.repeat(51)},委员,${'会'.repeat(101)},学会,`);
    expect(rejected).toEqual([
      {
        rowNumber: 2,
        column: '委员姓名',
        code: 'IMPORT.TOO_LONG',
        message: '第2行：委员姓名不能超过50个字（现有51个字）',
      },
      {
        rowNumber: 2,
        column: '学会名称',
        code: 'IMPORT.TOO_LONG',
        message: '第2行：学会名称不能超过100个字（现有101个字）',
      },
    ]);
  });

  it('IMPORT.POSITION_UNKNOWN, naming the word and the words allowed', async () => {
    const rejected = await problemsOf(
      ',a,b,c,d,',
      ',a,b,c,d,',
      ',a,b,c,d,',
      ',张三,主任,中国化学会,学会,',
    );
    expect(rejected.at(-1)).toEqual({
      rowNumber: 5,
      column: '委员职务',
      code: 'IMPORT.POSITION_UNKNOWN',
      message: '第5行：委员职务“主任”无法识别，应为 委员、书记、副书记、纪检委员 或 宣讲专家',
    });
  });

  it('IMPORT.KIND_UNKNOWN, naming the word and the words allowed', async () => {
    expect(await problemsOf(',张三,委员,中国化学会,联合会,')).toEqual([
      {
        rowNumber: 2,
        column: '学会类型',
        code: 'IMPORT.KIND_UNKNOWN',
        message: '第2行：学会类型“联合会”无法识别，应为 学会、协会 或 研究会',
      },
    ]);
  });

  it.each([
    ['too short', CODE.slice(0, 17), '应为18位（现有17位）'],
    ['a letter never used', `${CODE.slice(0, 10)}I${CODE.slice(11)}`, '含有无效字符'],
    [
      'a wrong check character',
      CODE.slice(0, 17) + (CODE.endsWith('0') ? '1' : '0'),
      '校验位不正确',
    ],
  ])('IMPORT.CREDIT_CODE_INVALID for %s', async (_, code, says) => {
    const rejected = await problemsOf(`,张三,委员,中国化学会,学会,${code}`);
    expect(rejected).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        column: '统一社会信用代码',
        code: 'IMPORT.CREDIT_CODE_INVALID',
      }),
    ]);
    expect(rejected[0]?.message).toContain(says);
    expect(rejected[0]?.message).toContain(code);
  });

  it('reports every problem of a row and keeps the good rows', async () => {
    const { rows, rejected } = await parseArrangementTable(
      csv(
        `1,张三,书记,中国化学会,学会,${CODE}`,
        `2,,主任,中国化学会,联合会,123`,
        `3,李四,宣讲专家,中国计算机学会,协会,${OTHER_CODE}`,
      ),
    );
    expect(rows.map((row) => row.rowNumber)).toEqual([2, 4]);
    expect(rejected.map(({ rowNumber, code }) => [rowNumber, code])).toEqual([
      [3, 'IMPORT.REQUIRED'],
      [3, 'IMPORT.POSITION_UNKNOWN'],
      [3, 'IMPORT.KIND_UNKNOWN'],
      [3, 'IMPORT.CREDIT_CODE_INVALID'],
    ]);
  });
});

describe('parseArrangementTable: files it refuses', () => {
  it('names a missing required header', async () => {
    const error = await refusal(utf8('序号,委员姓名,学会名称,学会类型\r\n1,张三,中国化学会,学会'));
    expect(error.code).toBe('IMPORT.HEADER_MISSING');
    expect(error.message).toContain('缺少表头“委员职务”');
    expect(error.message).not.toContain('“学会类型”');
  });

  it('names the headers missing when no row has both 委员姓名 and 学会名称', async () => {
    const error = await refusal(
      utf8('宣讲安排\r\n姓名,委员职务,学会,学会类型\r\n张三,书记,中国化学会,学会'),
    );
    expect(error.code).toBe('IMPORT.HEADER_MISSING');
    expect(error.message).toContain('缺少表头“委员姓名”、“学会名称”，');
  });

  it('refuses a header given twice', async () => {
    const error = await refusal(utf8('委员姓名,委员职务,学会名称,学会类型,委员姓名\r\n'));
    expect(error.code).toBe('IMPORT.HEADER_DUPLICATE');
  });

  it('refuses more than 5,000 data rows, and takes exactly 5,000', async () => {
    const line = (i: number) => `${i},张三${i},委员,中国化学会,学会,${CODE}`;
    const lines = Array.from({ length: 5001 }, (_, i) => line(i + 1));
    const { rows } = await parseArrangementTable(csv(...lines.slice(0, 5000), '', ''));
    expect(rows).toHaveLength(5000);
    expect(rows.at(-1)?.rowNumber).toBe(5001);
    const error = await refusal(csv(...lines));
    expect(error.code).toBe('IMPORT.TOO_MANY_ROWS');
    expect(error.message).toContain('5001');
  });

  it('refuses an empty file and one of blank lines', async () => {
    expect((await refusal(Buffer.alloc(0))).code).toBe('IMPORT.EMPTY');
    expect((await refusal(utf8('\r\n , \r\n\u3000\r\n'))).code).toBe('IMPORT.EMPTY');
    expect((await refusal(Buffer.from([0xef, 0xbb, 0xbf]))).code).toBe('IMPORT.EMPTY');
  });

  it('refuses an XLSX whose first sheet is empty', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('空');
    workbook.addWorksheet('有').addRow(['委员姓名', '学会名称']);
    expect((await refusal(Buffer.from(await workbook.xlsx.writeBuffer()))).code).toBe(
      'IMPORT.EMPTY',
    );
  });

  it('refuses what is neither CSV nor XLSX', async () => {
    expect((await refusal(Buffer.from('PK\u0003\u0004broken', 'latin1'))).code).toBe(
      'IMPORT.UNREADABLE',
    );
    expect(
      (await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).code,
    ).toBe('IMPORT.UNREADABLE');
  });
});
