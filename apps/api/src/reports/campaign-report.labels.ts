import type { CampaignStatus, MemberPosition, SocietyKind } from '@pb/domain';
import type { ExclusionReason, TrafficLight } from './campaign-report';

/** The words of the arrangement table, so that an export reads like the import. */
export const KIND_LABELS: Readonly<Record<SocietyKind, string>> = {
  society: '学会',
  association: '协会',
  'research-society': '研究会',
};

export const POSITION_LABELS: Readonly<Record<MemberPosition, string>> = {
  member: '委员',
  secretary: '书记',
  'deputy-secretary': '副书记',
  'discipline-member': '纪检委员',
  expert: '宣讲专家',
};

export const LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = {
  red: '红',
  yellow: '黄',
  green: '绿',
};

export const CAMPAIGN_STATUS_LABELS: Readonly<Record<CampaignStatus, string>> = {
  draft: '草稿',
  launched: '进行中',
  closed: '已结束',
};

/**
 * One meaning per label, whatever shows it (sheets, CSV, the reports pages, status answers):
 * a lecture is scheduled, delivered and awaiting confirmation, confirmed, or cancelled,
 * and the report's "delivered" counts the delivered and the confirmed together.
 */
export const LECTURE_LABELS = {
  /** Status `scheduled`: arranged and not yet given. */
  scheduled: '待宣讲',
  /** Status `delivered` or `confirmed`: the report's `lecturesDelivered`. */
  delivered: '已宣讲（含已确认）',
  /** Status `delivered` only: the status views' `delivered`. */
  awaitingConfirmation: '已宣讲（待确认）',
  /** Status `confirmed`, counted within the delivered ones. */
  confirmed: '其中已确认',
  cancelled: '已取消宣讲',
} as const;

/** Why a society's work is left out of the figures. */
export const EXCLUSION_LABELS: Readonly<Record<ExclusionReason, string>> = {
  withdrawn: '已退出本次工作',
  unassigned: '未分配到本次工作',
  deregistered: '学会已注销',
};

export { percent, yesNo } from './report-table';

/** Reasons in one cell, separated as Chinese lists are. */
export const REASON_SEPARATOR = '；';
