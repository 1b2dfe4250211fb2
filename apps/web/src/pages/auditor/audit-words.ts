/**
 * How the audit pages say what they show: event types by their Chinese names, records
 * by their kind, times in the federation's zone, the fields of an event's data. The
 * names of the event types come from the event schemas themselves (their description
 * starts with the Chinese name), read at build time, so no second list can drift.
 */
const titles = import.meta.glob<string>('../../../../../libs/contracts/src/schemas/events/*.json', {
  eager: true,
  import: 'title',
});
const descriptions = import.meta.glob<string>(
  '../../../../../libs/contracts/src/schemas/events/*.json',
  { eager: true, import: 'description' },
);

/** Every event type the app records, with its Chinese name, in the order of the names. */
export const EVENT_TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries(titles)
    .map(([file, title]) => [
      title.split(' ')[0]!,
      (descriptions[file] ?? '').split(':')[0]!.trim(),
    ])
    .sort(([, a], [, b]) => a!.localeCompare(b!, 'zh-CN')) as [string, string][],
);

export const eventName = (type: string): string => EVENT_TYPES.get(type) || type;

const STREAM_KINDS: Record<string, string> = {
  society: '学会',
  member: '委员',
  campaign: '工作部署',
  lecture: '宣讲',
  'service-task': '办实事',
  seal: '封存',
  'rating-round': '星级评定批次',
  'star-rating': '星级评定',
  'inspection-batch': '督导抽查批次',
  'inspection-case': '督导抽查',
  'organisational-life': '组织生活',
  'life-requirements': '组织生活要求',
  'vitality-weights': '组织活力权重',
  account: '账号',
};

/** The kind of a record (宣讲, 学会…) by its stream id, `<kind>-<id>`. */
export function streamKind(streamId: string): string {
  const kind = Object.keys(STREAM_KINDS)
    .filter((k) => streamId.startsWith(`${k}-`))
    .sort((a, b) => b.length - a.length)[0];
  return kind ? STREAM_KINDS[kind]! : '记录';
}

export const ZONE = 'Asia/Shanghai';
/** Swedish writes dates and times as ISO 8601 does: 2026-03-01 14:05:09. */
const STAMP = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** An instant as 2026-03-01 14:05:09, Beijing time. */
export function when(instant: string | null | undefined): string {
  if (!instant) return '—';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : STAMP.format(date);
}

/** A `datetime-local` value (Beijing time) as the API's instant with its zone; '' stays ''. */
export const instantOf = (local: string): string =>
  local ? `${local.length === 16 ? `${local}:00` : local}+08:00` : '';

/** The API's instant as a `datetime-local` value in Beijing time, for the filter form. */
export function localOf(instant: string): string {
  const text = when(instant);
  return text === '—' || text === instant ? '' : text.replace(' ', 'T');
}

const FIELDS: Record<string, string> = {
  reason: '原因',
  societyId: '学会',
  memberId: '委员',
  campaignId: '工作部署',
  lectureId: '宣讲',
  lecturerId: '宣讲人',
  liaisonId: '联系委员',
  taskId: '办实事任务',
  roundId: '星级评定批次',
  batchId: '督导抽查批次',
  accountId: '账号',
  topic: '主题',
  title: '标题',
  name: '名称',
  scheduledAt: '安排时间',
  deliveredOn: '宣讲日期',
  venue: '地点',
  partyMemberAudience: '党员听众',
  otherAudience: '其他听众',
  summary: '摘要',
  evidence: '佐证材料',
  role: '角色',
  displayName: '姓名',
  login: '用户名',
  note: '说明',
  outcome: '成效',
  rating: '评分',
};

/** A field of an event's data by its Chinese name, the API's name after it. */
export const fieldName = (key: string): string => (FIELDS[key] ? `${FIELDS[key]}（${key}）` : key);

/** A value of an event's data as one line of text; lists and objects as compact JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
