import type { FindingSeverity, InspectionBatchStatus, RectificationStatus } from '@pb/domain';
import type { InspectionBatchView, InspectionCaseView } from '@pb/projections';
import type { InspectionCaseState } from '../inspections/inspection-case.present';
import type { NamedSociety } from '../reports/report-societies';

/** The read models a batch's report is computed from; the caller loads them. */
export interface BatchReportInput {
  readonly batch: InspectionBatchView;
  /** Every society's inspection in the batch (others are ignored). */
  readonly cases: readonly InspectionCaseView[];
  /** The societies of the register; a sampled one missing is listed without a name. */
  readonly societies: readonly NamedSociety[];
}

export interface BatchReport {
  readonly batch: {
    readonly id: string;
    readonly title: string;
    readonly focus: readonly string[];
    readonly status: InspectionBatchStatus;
    readonly plannedSampleSize: number;
    readonly inspectorIds: readonly string[];
    /** What the draw recorded, in short; the batch's own answer has all a rerun needs. */
    readonly draw: {
      readonly populationSize: number;
      readonly sampleSize: number;
      readonly seed: string;
      readonly algorithm: string;
      readonly drawnAt: string;
    } | null;
    readonly closedAt: string | null;
  };
  /** ISO 8601. */
  readonly asOf: string;
  /** The as-of moment's date in the federation's time zone: overdue is read against it. */
  readonly asOfDate: string;
  /** The drawn societies in the order drawn, then those added by name in the order added. */
  readonly sample: readonly SampleRow[];
  readonly findings: FindingCounts & { readonly byCategory: readonly CategoryFindings[] };
  readonly rectification: RectificationFigures;
  /** Longest overdue first. */
  readonly overdue: readonly OverdueItemRow[];
}

export interface SampleRow {
  readonly societyId: string;
  /** Null for an id the society register does not know (it was added by hand). */
  readonly name: string | null;
  readonly how: 'drawn' | 'added';
  /** 1 for the first drawn; null for a society added by name. */
  readonly drawOrder: number | null;
  /** Why the office added it; null for a drawn society. */
  readonly reason: string | null;
  readonly state: InspectionCaseState;
  readonly visits: number;
  readonly findings: number;
  readonly majorFindings: number;
  readonly items: number;
  readonly accepted: number;
  readonly overdue: number;
}

export interface FindingCounts {
  readonly minor: number;
  readonly major: number;
  readonly total: number;
}

export interface CategoryFindings extends FindingCounts {
  readonly category: string;
}

/** Every rectification item of the sample, by where it stands. */
export interface RectificationFigures {
  readonly items: number;
  readonly open: number;
  readonly reported: number;
  readonly returned: number;
  readonly accepted: number;
  /** Accepted / items, 4 decimals; null without items. */
  readonly rate: number | null;
  /** Not accepted by the due date, as of the report's date. */
  readonly overdue: number;
}

export interface OverdueItemRow {
  readonly societyId: string;
  readonly societyName: string | null;
  readonly findingId: string;
  readonly category: string;
  readonly finding: string;
  readonly severity: FindingSeverity;
  readonly itemId: string;
  readonly action: string;
  readonly dueOn: string;
  readonly daysOverdue: number;
  /** Open, returned, or reported done and waiting for an inspector. */
  readonly status: Exclude<RectificationStatus, 'accepted'>;
}
