import { TableUnreadable } from './table-unreadable';

export type CsvEncoding = 'utf-8' | 'gb18030';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a CSV the way it arrives from Excel or WPS in China: "CSV UTF-8" carries a
 * BOM; plain "CSV" is saved in the system code page, GBK, which GB18030 contains. A
 * file without a BOM that is valid UTF-8 is taken as UTF-8: Chinese text in GBK is
 * almost never valid UTF-8 by accident.
 */
export function decodeCsv(file: Buffer): { text: string; encoding: CsvEncoding } {
  if (UTF8_BOM.every((byte, i) => file[i] === byte)) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(file), encoding: 'utf-8' };
    } catch {
      // The BOM says UTF-8; reading on as GB18030 would only trade one kind of garbage for another.
      throw new TableUnreadable(
        'IMPORT.UNREADABLE',
        '文件标明是 UTF-8 编码，但其中有无效的字节，可能已损坏',
      );
    }
  }
  refuseBinary(file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the Chinese code page
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(file), encoding: 'gb18030' };
  } catch {
    throw new TableUnreadable(
      'IMPORT.UNREADABLE',
      '文件既不是 UTF-8 也不是 GB18030 编码的 CSV，无法读取',
    );
  }
}

/**
 * Text never holds NUL bytes; UTF-16 ("Unicode 文本") and binary formats do. Saying
 * which format it is helps more than a page of mojibake would.
 */
function refuseBinary(file: Buffer): void {
  if ((file[0] === 0xff && file[1] === 0xfe) || (file[0] === 0xfe && file[1] === 0xff))
    throw new TableUnreadable(
      'IMPORT.UNREADABLE',
      '文件是 UTF-16（“Unicode 文本”）格式，请在 Excel 中另存为“CSV UTF-8”或“Excel 工作簿(*.xlsx)”',
    );
  if (file[0] === 0xd0 && file[1] === 0xcf && file[2] === 0x11 && file[3] === 0xe0)
    throw new TableUnreadable(
      'IMPORT.UNREADABLE',
      '不支持旧版 Excel 97-2003 工作簿(*.xls)，请另存为“Excel 工作簿(*.xlsx)”或 CSV',
    );
  if (file.includes(0))
    throw new TableUnreadable(
      'IMPORT.UNREADABLE',
      '文件不是 CSV 或 Excel 工作簿(*.xlsx)，无法读取',
    );
}
