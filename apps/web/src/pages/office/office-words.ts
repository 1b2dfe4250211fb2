/** The office's words for the API's values, and how its pages show dates. */

export const CAMPAIGN_STATES: Record<string, string> = {
  draft: '草稿',
  launched: '已发布',
  closed: '已结束',
};

export const POSITIONS: Record<string, string> = {
  member: '委员',
  secretary: '书记',
  'deputy-secretary': '副书记',
  'discipline-member': '纪检委员',
  expert: '宣讲专家',
};

export const SOCIETY_KINDS: Record<string, string> = {
  society: '学会',
  association: '协会',
  'research-society': '研究会',
};

export const ACCOUNT_STATES: Record<string, string> = {
  invited: '已邀请',
  active: '已启用',
  disabled: '已停用',
};

export const PARTY_FORMS: Record<string, string> = {
  committee: '党委',
  'general-branch': '党总支',
  branch: '党支部',
  'joint-branch': '联合党支部',
  'work-group': '党建工作小组',
  none: '未建立',
};

/** A calendar date as the API sends it (YYYY-MM-DD), or a dash. */
export function day(date: string | null | undefined): string {
  return date ?? '—';
}

const INSTANT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant in the federation's zone, as 2026-03-01 14:05. */
export function moment(instant: string | null | undefined): string {
  if (!instant) return '—';
  const parts = Object.fromEntries(
    INSTANT.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
