/** A society's inspection in a batch, as the rectification pages read it. */
import type { Evidence } from '../../lectures';
export interface RectificationItem {
  readonly itemId: string;
  readonly findingId: string;
  readonly action: string;
  readonly dueOn: string;
  readonly status: 'open' | 'reported' | 'returned' | 'accepted';
  readonly reports: readonly { note: string; evidence: readonly Evidence[]; at: string }[];
  readonly returns: readonly { reason: string; at: string }[];
  readonly overdue: boolean;
}

export interface InspectionCase {
  readonly batchId: string;
  readonly state: 'not-visited' | 'open' | 'closed';
  readonly visits: readonly { visitedOn: string; note: string | null }[];
  readonly findings: readonly {
    readonly findingId: string;
    readonly category: string;
    readonly description: string;
    readonly severity: 'minor' | 'major';
    readonly items: readonly RectificationItem[];
  }[];
  readonly version: number;
}

export interface Batch {
  readonly id: string;
  readonly title: string;
  readonly status: 'planned' | 'drawn' | 'closed';
}

export const ITEM_STATUSES: Record<RectificationItem['status'], { label: string; tone: string }> = {
  open: { label: '待整改', tone: 'yellow' },
  reported: { label: '已报告，待督导组确认', tone: '' },
  returned: { label: '被退回，需重新整改', tone: 'red' },
  accepted: { label: '已通过', tone: 'green' },
};

export const CASE_STATES: Record<InspectionCase['state'], string> = {
  'not-visited': '尚未走访',
  open: '整改中',
  closed: '已结束',
};
