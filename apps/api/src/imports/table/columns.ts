import type { MemberPosition, SocietyKind } from '@pb/domain';

/** The headers of the arrangement table (宣讲安排表), in the template's order. */
export const HEADERS = {
  serial: '序号',
  memberName: '委员姓名',
  memberPosition: '委员职务',
  societyName: '学会名称',
  societyKind: '学会类型',
  creditCode: '统一社会信用代码',
} as const;

export type ColumnKey = keyof typeof HEADERS;

export const TEMPLATE_HEADERS: readonly string[] = Object.values(HEADERS);

/** A file without one of these cannot be imported; 序号 and the credit code may be left out. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'memberName',
  'memberPosition',
  'societyName',
  'societyKind',
];

/** The two headers that mark the header row, whatever title rows sit above it. */
export const HEADER_ROW_MARKERS: readonly string[] = [HEADERS.memberName, HEADERS.societyName];

export const MEMBER_NAME_MAX = 50;
export const SOCIETY_NAME_MAX = 100;
export const MAX_DATA_ROWS = 5000;

/** The words the template offers, one for each position and kind. */
export const POSITION_LABELS: readonly string[] = [
  '委员',
  '书记',
  '副书记',
  '纪检委员',
  '宣讲专家',
];
export const KIND_LABELS: readonly string[] = ['学会', '协会', '研究会'];

/** The words accepted on import; 专家 is the short form people type for 宣讲专家. */
export const POSITION_WORDS: ReadonlyMap<string, MemberPosition> = new Map([
  ['委员', 'member'],
  ['书记', 'secretary'],
  ['副书记', 'deputy-secretary'],
  ['纪检委员', 'discipline-member'],
  ['宣讲专家', 'expert'],
  ['专家', 'expert'],
]);

export const KIND_WORDS: ReadonlyMap<string, SocietyKind> = new Map([
  ['学会', 'society'],
  ['协会', 'association'],
  ['研究会', 'research-society'],
]);

/** "委员、书记、副书记、纪检委员 或 宣讲专家", for messages and the instructions. */
export const POSITION_CHOICES = choices(POSITION_LABELS);
export const KIND_CHOICES = choices(KIND_LABELS);

function choices(labels: readonly string[]): string {
  return `${labels.slice(0, -1).join('、')} 或 ${labels[labels.length - 1]}`;
}

/**
 * How a header cell is compared: Unicode NFC, every space removed, so "委员 姓名" or a
 * header wrapped onto two lines in its cell still counts.
 */
export function headerKey(text: string): string {
  return text.normalize('NFC').replace(/[\s\u3000]+/gu, '');
}
