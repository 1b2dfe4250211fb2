import { decodeCsv } from './csv-encoding';
import { encodeGb18030 } from './gb18030.testing';

const unreadable = (message: string) =>
  expect.objectContaining({
    name: 'TableUnreadable',
    code: 'IMPORT.UNREADABLE',
    message: expect.stringContaining(message),
  });

describe('decodeCsv', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('学会名称,x', 'utf8'),
    ]);
    expect(decodeCsv(file)).toEqual({ text: '学会名称,x', encoding: 'utf-8' });
  });

  it('holds a file with a BOM to UTF-8 rather than guessing GB18030', () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodeGb18030('学会名称')]);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(file.subarray(3))).toBe('学会名称');
    expect(() => decodeCsv(file)).toThrow(unreadable('标明是 UTF-8'));
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsv(Buffer.from('委员姓名\r\n张三', 'utf8'))).toEqual({
      text: '委员姓名\r\n张三',
      encoding: 'utf-8',
    });
  });

  it('reads GB18030 (GBK, what Excel saves in China) when the bytes are not UTF-8', () => {
    // 学会 is D1A7 BBE1 and 书记 is CAE9 BCC7 in GB2312, GBK and GB18030 alike.
    const file = Buffer.from('d1a7bbe12ccae9bcc70d0a', 'hex');
    expect(decodeCsv(file)).toEqual({ text: '学会,书记\r\n', encoding: 'gb18030' });
  });

  it('has a GB18030 encoder for specs that agrees with the known bytes', () => {
    expect(encodeGb18030('学会').toString('hex')).toBe('d1a7bbe1');
    expect(encodeGb18030('书记,1').toString('hex')).toBe('cae9bcc72c31');
    const words = '序号委员姓名职务学会名称类型统一社会信用代码中国科学技术协会纪检宣讲专家研究';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(words))).toBe(words);
  });

  it('takes pure ASCII as UTF-8', () => {
    expect(decodeCsv(Buffer.from('a,b')).encoding).toBe('utf-8');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(() => decodeCsv(Buffer.from([0x41, 0xff]))).toThrow(unreadable('GB18030'));
  });

  it('refuses UTF-16, old .xls workbooks and binary files with a message saying what to do', () => {
    expect(() => decodeCsv(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toThrow(unreadable('UTF-16'));
    expect(() => decodeCsv(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toThrow(
      unreadable('.xls'),
    );
    expect(() => decodeCsv(Buffer.from('%PDF-1.7\n\u0000\u0001', 'latin1'))).toThrow(
      unreadable('不是 CSV'),
    );
  });
});
