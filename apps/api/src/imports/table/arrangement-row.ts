import {
  isValidCreditCode,
  normaliseName,
  type MemberPosition,
  type SocietyKind,
} from '@pb/domain';
import {
  HEADERS,
  KIND_CHOICES,
  KIND_WORDS,
  MEMBER_NAME_MAX,
  POSITION_CHOICES,
  POSITION_WORDS,
  SOCIETY_NAME_MAX,
  type ColumnKey,
} from './columns';

export interface ArrangementRow {
  /** 1-based, the row number a person sees beside the row in Excel. */
  readonly rowNumber: number;
  /** 序号 as text. */
  readonly serial: string | null;
  readonly memberName: string;
  readonly memberPosition: MemberPosition;
  readonly societyName: string;
  readonly societyKind: SocietyKind;
  readonly creditCode: string | null;
}

export interface RowProblem {
  readonly rowNumber: number;
  /** The Chinese header of the column at fault. */
  readonly column: string;
  /** IMPORT.REQUIRED, IMPORT.TOO_LONG, IMPORT.POSITION_UNKNOWN, IMPORT.KIND_UNKNOWN or IMPORT.CREDIT_CODE_INVALID. */
  readonly code: string;
  /** In Chinese, starting with the row number, for the committee to fix the file by. */
  readonly message: string;
}

/** A row's cells by column; a column the file does not have reads as blank. */
export type RowCells = Readonly<Record<ColumnKey, string>>;

/** Checks one row and reports every problem in it, not just the first. */
export function readArrangementRow(
  rowNumber: number,
  cells: RowCells,
): { row: ArrangementRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (column: ColumnKey, code: string, text: string) => {
    problems.push({
      rowNumber,
      column: HEADERS[column],
      code,
      message: `第${rowNumber}行：${text}`,
    });
  };

  const name = (column: ColumnKey, max: number): string => {
    const text = normaliseName(cells[column]);
    const length = [...text].length;
    if (length === 0) problem(column, 'IMPORT.REQUIRED', `${HEADERS[column]}不能为空`);
    else if (length > max)
      problem(
        column,
        'IMPORT.TOO_LONG',
        `${HEADERS[column]}不能超过${max}个字（现有${length}个字）`,
      );
    return text;
  };

  const word = <T>(
    column: ColumnKey,
    words: ReadonlyMap<string, T>,
    code: string,
    choices: string,
  ) => {
    const text = normaliseName(cells[column]);
    if (text.length === 0) {
      problem(column, 'IMPORT.REQUIRED', `${HEADERS[column]}不能为空，应为 ${choices}`);
      return undefined;
    }
    const value = words.get(text);
    if (value === undefined)
      problem(column, code, `${HEADERS[column]}“${shown(text)}”无法识别，应为 ${choices}`);
    return value;
  };

  const creditCode = (): string | null => {
    // NFKC turns the full-width letters and digits a Chinese input method types into ASCII.
    const text = normaliseName(cells.creditCode).normalize('NFKC').toUpperCase();
    if (text.length === 0) return null;
    if (!isValidCreditCode(text))
      problem(
        'creditCode',
        'IMPORT.CREDIT_CODE_INVALID',
        `统一社会信用代码“${shown(text)}”${creditCodeFault(text)}`,
      );
    return text;
  };

  const serial = normaliseName(cells.serial);
  const memberName = name('memberName', MEMBER_NAME_MAX);
  const memberPosition = word(
    'memberPosition',
    POSITION_WORDS,
    'IMPORT.POSITION_UNKNOWN',
    POSITION_CHOICES,
  );
  const societyName = name('societyName', SOCIETY_NAME_MAX);
  const societyKind = word('societyKind', KIND_WORDS, 'IMPORT.KIND_UNKNOWN', KIND_CHOICES);
  const code = creditCode();

  if (problems.length > 0 || memberPosition === undefined || societyKind === undefined)
    return { problems };
  return {
    row: {
      rowNumber,
      serial: serial.length > 0 ? serial : null,
      memberName,
      memberPosition,
      societyName,
      societyKind,
      creditCode: code,
    },
  };
}

/** Says what is wrong with a code that fails the check, in words a person can act on. */
function creditCodeFault(code: string): string {
  const length = [...code].length;
  if (length !== 18) return `应为18位（现有${length}位）`;
  if (!CREDIT_CODE_CHARACTERS.test(code))
    return '含有无效字符（只能是数字和 I、O、S、V、Z 以外的大写字母）';
  return '的校验位不正确，请核对';
}

/** Only to word the message; isValidCreditCode stays the judge. */
const CREDIT_CODE_CHARACTERS = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Quotes what the person typed, cut short so one long cell cannot flood the message. */
function shown(text: string): string {
  const chars = [...text];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : text;
}
