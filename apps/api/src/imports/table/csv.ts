import type { SheetRow } from './sheet-row';
import { TableUnreadable } from './table-unreadable';

/**
 * Splits CSV text into rows per RFC 4180: fields in double quotes may hold commas,
 * line breaks and doubled quotes; rows end in CRLF, LF or a lone CR. Like Excel, a
 * quote inside an unquoted field is kept as text, and text after a closing quote is
 * appended to the field. A quote left open is refused: it would swallow every row
 * after it into one cell.
 */
export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedOnRow = 0;
  let fieldStarted = false;
  let rowNumber = 1;

  const endRow = () => {
    cells.push(field);
    rows.push({ rowNumber, cells });
    rowNumber += 1;
    cells = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteOpenedOnRow = rowNumber;
    } else if (char === ',') {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted)
    throw new TableUnreadable(
      'IMPORT.CSV_MALFORMED',
      `第${quoteOpenedOnRow}行：引号没有闭合，请检查该行的双引号`,
    );
  // A line break at the very end closes the last row; it does not start another.
  if (fieldStarted || cells.length > 0) endRow();
  return rows;
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for Excel: UTF-8 with a BOM (without it Excel in China reads the bytes as GBK),
 * CRLF line ends, RFC 4180 quoting.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Buffer {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines.map((line) => `${line}\r\n`).join(''), 'utf8'),
  ]);
}
