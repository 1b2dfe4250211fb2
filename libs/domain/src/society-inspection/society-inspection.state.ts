import type { Evidence } from '../shared/evidence';
export const FINDING_SEVERITIES = ['minor', 'major'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export interface InspectionVisit {
  readonly visitedOn: string;
  readonly inspectorIds: readonly string[];
  readonly note: string | null;
}

export interface InspectionFinding {
  readonly findingId: string;
  readonly category: string;
  readonly description: string;
  readonly severity: FindingSeverity;
}

/** open → reported (by the society) → accepted (销号), or returned → reported again. */
export type RectificationStatus = 'open' | 'reported' | 'returned' | 'accepted';

export interface RectificationItem {
  readonly itemId: string;
  readonly findingId: string;
  /** What the society has to do. */
  readonly action: string;
  readonly dueOn: string;
  readonly status: RectificationStatus;
  readonly report: { readonly note: string; readonly evidence: readonly Evidence[] } | null;
  readonly returnReason: string | null;
  readonly acceptedBy: string | null;
}

export type SocietyInspectionState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open' | 'closed';
      readonly batchId: string;
      readonly societyId: string;
      readonly visits: readonly InspectionVisit[];
      readonly findings: readonly InspectionFinding[];
      readonly items: readonly RectificationItem[];
    };

/**
 * Overdue: not accepted by its due date (YYYY-MM-DD), computed when read, as for service tasks.
 * `today` is the reader's date, in the federation's time zone.
 */
export function isRectificationOverdue(
  item: Pick<RectificationItem, 'status' | 'dueOn'>,
  today: string,
): boolean {
  return item.status !== 'accepted' && item.dueOn < today;
}

/** Every finding has at least one item and every item is accepted. */
export function everyItemAccepted(
  findings: readonly InspectionFinding[],
  items: readonly RectificationItem[],
): boolean {
  return (
    findings.every((finding) => items.some((item) => item.findingId === finding.findingId)) &&
    items.every((item) => item.status === 'accepted')
  );
}
