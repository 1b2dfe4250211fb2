import { periodBounds, type LifePeriod, type Quarter } from '@pb/projections';

/** A period as the answers show it: its label, its parts and its first and last day. */
export interface PeriodAnswer {
  /** 2026 or 2026Q3. */
  readonly label: string;
  readonly year: number;
  readonly quarter: Quarter | null;
  readonly from: string;
  readonly to: string;
}

/** When a report was read: the moment, and its date in the federation's time zone. */
export interface ReportDay {
  /** ISO 8601. */
  readonly asOf: string;
  /** YYYY-MM-DD: the periods are measured up to this day. */
  readonly asOfDate: string;
}

/** A period as people write it: 2026 or 2026Q3. */
export function periodLabel(period: LifePeriod): string {
  return period.quarter === null ? String(period.year) : `${period.year}Q${period.quarter}`;
}

export function periodAnswer(period: LifePeriod): PeriodAnswer {
  return { label: periodLabel(period), ...period, ...periodBounds(period) };
}
