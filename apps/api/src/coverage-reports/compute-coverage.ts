import { inChineseOrder } from '@pb/common';
import {
  coverageOf,
  coverageReport,
  workCoverageReport,
  type CoverageOfSociety,
  type CoverageReport,
  type LifePeriod,
  type NamedSociety,
  type WorkCoverageReport,
} from '@pb/projections';
import type { LifeReading } from '../life-reports/life-report.inputs';
import { periodAnswer, type PeriodAnswer, type ReportDay } from '../life-reports/life-report';

export type OrganisationCoverageRow = NamedSociety & CoverageOfSociety;

/** 两个全覆盖: organisation coverage on the as-of day, work coverage in the period up to it. */
export interface CoverageAnswer extends ReportDay {
  readonly period: PeriodAnswer;
  readonly organisation: CoverageReport & {
    /** Every registered society and how it is covered, in zh-CN order. */
    readonly societies: readonly OrganisationCoverageRow[];
  };
  readonly work: Omit<WorkCoverageReport, 'period' | 'asOf'>;
}

/** Both coverages by the rules of coverage and work-coverage, read on `day.asOfDate`. */
export function computeCoverage(
  reading: LifeReading,
  period: LifePeriod,
  day: ReportDay,
): CoverageAnswer {
  const on = day.asOfDate;
  const rows = inChineseOrder(
    reading.societies
      .filter((society) => society.registered)
      .map((society): OrganisationCoverageRow => ({
        societyId: society.societyId,
        name: society.name,
        ...coverageOf(society, on),
      })),
    (row) => row.name,
    (row) => row.societyId,
  );
  const work = workCoverageReport(reading.societies, period, on);
  return {
    ...day,
    period: periodAnswer(period),
    organisation: { ...coverageReport(reading.societies, on), societies: rows },
    work: {
      registered: work.registered,
      covered: work.covered,
      uncovered: work.uncovered,
      societies: work.societies,
    },
  };
}
