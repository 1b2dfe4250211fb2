import {
  quarterStandings,
  redAndBlackLists,
  type LifePeriod,
  type LifeStanding,
  type Quarter,
} from '@pb/projections';
import type { LifeReading } from './life-report.inputs';
import { periodAnswer, type PeriodAnswer, type ReportDay } from './life-report';

/** A society on a list, at its place (1 = the first). */
export interface ListedSociety extends LifeStanding {
  readonly place: number;
}

/** 红黑榜 of a quarter, measured up to the as-of day. */
export interface LifeListsReport extends ReportDay {
  readonly period: PeriodAnswer;
  readonly redListSize: number;
  readonly blackListSize: number;
  /** True when the office set no requirement table for the year. */
  readonly tableIsDefault: boolean;
  /** Registered societies with slots in the quarter: those the lists weigh. */
  readonly weighed: number;
  readonly red: readonly ListedSociety[];
  readonly black: readonly ListedSociety[];
}

const placed = (standings: readonly LifeStanding[]): ListedSociety[] =>
  standings.map((standing, i) => ({ ...standing, place: i + 1 }));

/** The quarter's red and black lists by the year's table, from the rules of life-lists. */
export function computeLifeLists(
  reading: LifeReading,
  period: LifePeriod & { readonly quarter: Quarter },
  day: ReportDay,
): LifeListsReport {
  const { table } = reading;
  const standings = quarterStandings(
    reading.societies,
    table,
    period.year,
    period.quarter,
    day.asOfDate,
  );
  const { red, black } = redAndBlackLists(standings, table);
  return {
    period: periodAnswer(period),
    ...day,
    redListSize: table.redListSize,
    blackListSize: table.blackListSize,
    tableIsDefault: reading.tableIsDefault,
    weighed: standings.filter((standing) => standing.slots > 0).length,
    red: placed(red),
    black: placed(black),
  };
}
