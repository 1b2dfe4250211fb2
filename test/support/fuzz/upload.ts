import fc from 'fast-check';
import { toXlsx } from '../../../apps/api/src/imports/table';
import {
  KIND_LABELS,
  POSITION_LABELS,
  TEMPLATE_HEADERS,
} from '../../../apps/api/src/imports/table/columns';
import { encodeGb18030 } from '../../../apps/api/src/imports/table/gb18030.testing';
import { chinese, creditCode, emoji } from './values';

export const UPLOAD_LIMIT = 5 * 1024 * 1024;

type Cell = string | number | null;

/** How the file is made; the bytes are made when the request is sent (XLSX writing is async). */
export type FileRecipe =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'empty' }
  | { kind: 'huge' }
  | {
      kind: 'xlsx';
      header: string[];
      rows: Cell[][];
      /** Keep only this fraction of the bytes, or overwrite bytes at these fractions of the length. */
      damage: { cut: number } | { flips: number[] } | null;
    }
  | {
      kind: 'csv';
      header: string[];
      rows: Cell[][];
      encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'latin1' | 'utf-8+junk';
      quoting: 'rfc' | 'all' | 'none' | 'unclosed' | 'semicolon';
      newline: '\r\n' | '\n' | '\r';
    };

/** The multipart request around the file, well formed or not. */
export interface Upload {
  shape: 'file' | 'other-field' | 'no-file' | 'two-files' | 'many-fields' | 'json' | 'broken';
  file: FileRecipe;
  filename: string;
  partType: string | null;
}

export interface KnownNames {
  members: readonly string[];
  societies: readonly string[];
}

function row(names: KnownNames): fc.Arbitrary<Cell[]> {
  const odd = fc.constantFrom('', ' ', '=1+1', '"引号"', 'a,b', '换\n行', '\u0000', "'0012");
  return fc.tuple(
    fc.oneof(fc.nat(999), fc.constantFrom('一', '', '1.5')),
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...names.members) },
      { weight: 3, arbitrary: chinese(2, 4) },
      { weight: 1, arbitrary: fc.constant('委'.repeat(51)) },
      { weight: 1, arbitrary: emoji(1, 3) },
      { weight: 1, arbitrary: odd },
    ),
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...POSITION_LABELS) },
      { weight: 1, arbitrary: fc.constantFrom('member', '主任', '') },
    ),
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...names.societies) },
      { weight: 4, arbitrary: chinese(2, 8).map((n) => `${n}学会`) },
      { weight: 1, arbitrary: fc.constant('学'.repeat(101)) },
      { weight: 1, arbitrary: emoji(1, 3) },
      { weight: 1, arbitrary: odd },
    ),
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...KIND_LABELS) },
      { weight: 1, arbitrary: fc.constantFrom('society', '基金会', '') },
    ),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 3, arbitrary: creditCode },
      { weight: 1, arbitrary: fc.constantFrom('123', '91350100m000100y43', '学会', '') },
      { weight: 1, arbitrary: creditCode.map((c) => c.slice(0, 17) + (c[17] === '0' ? '1' : '0')) },
    ),
  );
}

const header = fc.oneof(
  { weight: 6, arbitrary: fc.constant([...TEMPLATE_HEADERS]) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...TEMPLATE_HEADERS]) },
  { weight: 1, arbitrary: fc.constant([...TEMPLATE_HEADERS, ...TEMPLATE_HEADERS]) },
  { weight: 1, arbitrary: fc.constant([...TEMPLATE_HEADERS, '备注', '']) },
  { weight: 1, arbitrary: fc.array(chinese(0, 4), { maxLength: 8 }) },
);

const table = (names: KnownNames) =>
  fc.record({ header, rows: fc.array(row(names), { maxLength: 6 }) });

export function fileArbitrary(names: KnownNames): fc.Arbitrary<FileRecipe> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc
        .uint8Array({ maxLength: 2048 })
        .map((bytes) => ({ kind: 'bytes' as const, bytes })),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 512 }).map((rest) => ({
        kind: 'bytes' as const,
        bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rest]),
      })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('xlsx' as const),
        header,
        rows: fc.array(row(names), { maxLength: 6 }),
        damage: fc.oneof(
          { weight: 3, arbitrary: fc.constant(null) },
          {
            weight: 1,
            arbitrary: fc.double({ min: 0, max: 0.999, noNaN: true }).map((cut) => ({ cut })),
          },
          {
            weight: 1,
            arbitrary: fc
              .array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 1, maxLength: 8 })
              .map((flips) => ({ flips })),
          },
        ),
      }),
    },
    {
      weight: 5,
      arbitrary: table(names).chain(({ header: h, rows }) =>
        fc.record({
          kind: fc.constant('csv' as const),
          header: fc.constant(h),
          rows: fc.constant(rows),
          encoding: fc.constantFrom(
            'utf-8' as const,
            'utf-8-bom' as const,
            'gb18030' as const,
            'utf-16le' as const,
            'latin1' as const,
            'utf-8+junk' as const,
          ),
          quoting: fc.constantFrom(
            'rfc' as const,
            'all' as const,
            'none' as const,
            'unclosed' as const,
            'semicolon' as const,
          ),
          newline: fc.constantFrom('\r\n' as const, '\n' as const, '\r' as const),
        }),
      ),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'huge' as const }) },
  );
}

export function uploadArbitrary(names: KnownNames): fc.Arbitrary<Upload> {
  return fc.record({
    shape: fc.oneof(
      { weight: 12, arbitrary: fc.constant('file' as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'other-field' as const,
          'no-file' as const,
          'two-files' as const,
          'many-fields' as const,
          'json' as const,
          'broken' as const,
        ),
      },
    ),
    file: fileArbitrary(names),
    filename: fc.constantFrom(
      'arrangement.xlsx',
      'arrangement.csv',
      '宣讲安排表.xlsx',
      '',
      '../../etc/passwd',
      `${'长'.repeat(300)}.csv`,
    ),
    partType: fc.constantFrom(
      null,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
      'image/png',
    ),
  });
}

function csvText(recipe: Extract<FileRecipe, { kind: 'csv' }>): string {
  const separator = recipe.quoting === 'semicolon' ? ';' : ',';
  const field = (cell: Cell) => {
    const text = cell === null ? '' : String(cell);
    if (recipe.quoting === 'all') return `"${text.replace(/"/g, '""')}"`;
    if (recipe.quoting === 'none') return text;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [recipe.header, ...recipe.rows].map((r) => r.map(field).join(separator));
  if (recipe.quoting === 'unclosed') lines.splice(1, 0, '1,"未闭合的引号,书记');
  return lines.join(recipe.newline) + recipe.newline;
}

function gb18030(text: string): Buffer {
  // Characters outside GBK (emoji, say) become '?', as a Chinese Excel would write them.
  return Buffer.concat(
    [...text].map((char) => {
      try {
        return encodeGb18030(char);
      } catch {
        return Buffer.from('?');
      }
    }),
  );
}

export async function fileBytes(recipe: FileRecipe): Promise<Buffer> {
  switch (recipe.kind) {
    case 'bytes':
      return Buffer.from(recipe.bytes);
    case 'empty':
      return Buffer.alloc(0);
    case 'huge':
      return Buffer.alloc(UPLOAD_LIMIT + 1, 'a');
    case 'xlsx': {
      const bytes = await toXlsx('宣讲安排表', recipe.header, recipe.rows);
      const damage = recipe.damage;
      if (damage === null) return bytes;
      if ('cut' in damage) return bytes.subarray(0, Math.floor(bytes.length * damage.cut));
      const copy = Buffer.from(bytes);
      for (const at of damage.flips) copy[Math.floor(copy.length * at)] ^= 0xa5;
      return copy;
    }
    case 'csv': {
      const text = csvText(recipe);
      switch (recipe.encoding) {
        case 'utf-8':
          return Buffer.from(text, 'utf8');
        case 'utf-8-bom':
          return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
        case 'gb18030':
          return gb18030(text);
        case 'utf-16le':
          return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        case 'latin1':
          return Buffer.from(text, 'latin1');
        case 'utf-8+junk':
          return Buffer.concat([
            Buffer.from(text, 'utf8'),
            Buffer.from([0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80]),
          ]);
      }
    }
  }
}

/** The request body and its content type (FormData sets its own). */
export async function uploadBody(
  upload: Upload,
): Promise<{ body: FormData | Uint8Array | string; contentType: string | null }> {
  const bytes = await fileBytes(upload.file);
  const blob = () => new Blob([bytes], upload.partType === null ? {} : { type: upload.partType });
  const form = new FormData();
  switch (upload.shape) {
    case 'file':
      form.append('file', blob(), upload.filename);
      return { body: form, contentType: null };
    case 'other-field':
      form.append('upload', blob(), upload.filename);
      return { body: form, contentType: null };
    case 'no-file':
      form.append('file', '序号,委员姓名');
      return { body: form, contentType: null };
    case 'two-files':
      form.append('file', blob(), upload.filename);
      form.append('file', blob(), 'second.csv');
      return { body: form, contentType: null };
    case 'many-fields':
      for (let i = 0; i < 7; i++) form.append(`field${i}`, '值');
      form.append('file', blob(), upload.filename);
      return { body: form, contentType: null };
    case 'json':
      return {
        body: JSON.stringify({ file: bytes.toString('base64') }),
        contentType: 'application/json',
      };
    case 'broken': {
      const head = `--XYZ\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\n`;
      return {
        body: Buffer.concat([Buffer.from(head), bytes.subarray(0, 64)]),
        contentType: bytes.length % 2 ? 'multipart/form-data' : 'multipart/form-data; boundary=XYZ',
      };
    }
  }
}
