import { parseCsv, toCsv } from './csv';
import { decodeCsv } from './csv-encoding';
import { TableUnreadable } from './table-unreadable';

const cellsOf = (text: string) => parseCsv(text).map((row) => row.cells);

describe('parseCsv', () => {
  it('splits rows on CRLF, LF or a lone CR', () => {
    expect(cellsOf('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(cellsOf('"中国化学会,北京","他说""好""","第一行\r\n第二行\n第三行"\r\n')).toEqual([
      ['中国化学会,北京', '他说"好"', '第一行\r\n第二行\n第三行'],
    ]);
  });

  it('numbers rows as Excel shows them: a quoted line break does not start a row', () => {
    const rows = parseCsv('h1,h2\r\n"多\r\n行",x\r\n下一行,y\r\n');
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3]);
    expect(rows[2]?.cells).toEqual(['下一行', 'y']);
  });

  it('counts an empty line as a row and does not add one for the final line break', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([
      { rowNumber: 1, cells: ['a'] },
      { rowNumber: 2, cells: [''] },
      { rowNumber: 3, cells: ['b'] },
    ]);
  });

  it('keeps empty fields, including a trailing one without a final line break', () => {
    expect(cellsOf(',x,,')).toEqual([['', 'x', '', '']]);
    expect(cellsOf('""')).toEqual([['']]);
  });

  it('keeps a quote inside an unquoted field as text, as Excel does', () => {
    expect(cellsOf('5"寸,a')).toEqual([['5"寸', 'a']]);
  });

  it('refuses a quote that is never closed, naming the row it opened on', () => {
    expect(() => parseCsv('a,b\r\nc,"d\r\ne,f\r\n')).toThrow(
      expect.objectContaining({
        code: 'IMPORT.CSV_MALFORMED',
        message: expect.stringContaining('第2行'),
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with a BOM and CRLF line ends', () => {
    const file = toCsv(['序号', '学会名称'], [[1, '中国科协']]);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.subarray(3)).toEqual(Buffer.from('序号,学会名称\r\n1,中国科协\r\n', 'utf8'));
  });

  it('quotes only the fields that need it and writes null as empty', () => {
    const file = toCsv(['a', 'b', 'c', 'd', 'e'], [['逗,号', '引"号', '换\n行', null, ' 空格 ']]);
    expect(file.subarray(3).toString('utf8')).toBe(
      'a,b,c,d,e\r\n"逗,号","引""号","换\n行",, 空格 \r\n',
    );
  });

  it('round-trips every cell, Chinese byte for byte, through the decoder and parser', () => {
    const rows = [
      ['中国科学技术协会', '纪检委员', 'ａ　全角\u3000', '𠮷野家', 'e\u0301', '"', ',', '\r\n'],
      ['', '1', '-5', '=1+1', ' 前后 ', '末尾,', '""', 'x'],
    ];
    const headers = ['一', '二', '三', '四', '五', '六', '七', '八'];
    const { text, encoding } = decodeCsv(toCsv(headers, rows));
    expect(encoding).toBe('utf-8');
    const parsed = parseCsv(text).map((row) => row.cells);
    expect(parsed).toEqual([headers, ...rows]);
    parsed
      .flat()
      .forEach((cell, i) =>
        expect(Buffer.from(cell, 'utf8')).toEqual(
          Buffer.from([headers, ...rows].flat()[i] as string, 'utf8'),
        ),
      );
  });

  it('writes numbers as their plain text', () => {
    expect(
      toCsv(['n'], [[3], [0.5]])
        .subarray(3)
        .toString('utf8'),
    ).toBe('n\r\n3\r\n0.5\r\n');
  });

  it('is an instance of Buffer', () => {
    expect(Buffer.isBuffer(toCsv([], []))).toBe(true);
    expect(toCsv([], [])).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a]));
  });

  it('throws nothing but TableUnreadable from parsing', () => {
    expect(() => parseCsv('"')).toThrow(TableUnreadable);
  });
});
