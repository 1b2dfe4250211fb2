import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { quarterOf, type LifePeriod, type Quarter } from '@pb/projections';
import { RequestInvalid } from '../http/request-invalid';
import { ReportQuery } from '../reports/report-query.dto';

const PERIOD = /^([12]\d{3})(?:Q([1-4]))?$/;

/** A period in a query string, a year or a quarter; absent for the quarter of the day read. */
export const PeriodParam = (name: string, description: string) =>
  applyDecorators(
    Matches(PERIOD, { message: `${name} must be a year or a quarter, e.g. 2026 or 2026Q3` }),
    IsOptional(),
    ApiPropertyOptional({ example: '2026Q3', pattern: PERIOD.source, description }),
  );

/** A report of a quarter or a year: `period` with the report's moment and format. */
export class PeriodReportQuery extends ReportQuery {
  @PeriodParam('period', '统计期间：年度（如 2026）或季度（如 2026Q3）；缺省为统计日所在季度')
  period?: string;
}

/** One society's figures of a period, as JSON only. */
export class SocietyPeriodQuery extends OmitType(PeriodReportQuery, ['format'] as const) {}

/** The period asked for, or the quarter of the day the report is read on. */
export function periodOf(text: string | undefined, asOfDate: string): LifePeriod {
  const match = text === undefined ? null : PERIOD.exec(text);
  if (match === null) return quarterOf(asOfDate);
  const quarter = match[2] === undefined ? null : (Number(match[2]) as Quarter);
  return { year: Number(match[1]), quarter };
}

/** A period that must be a quarter (the red and black lists are quarterly): 400 naming `period`. */
export function quarterPeriodOf(
  text: string | undefined,
  asOfDate: string,
): LifePeriod & { readonly quarter: Quarter } {
  const period = periodOf(text, asOfDate);
  if (period.quarter === null)
    throw new RequestInvalid([
      {
        field: 'period',
        rule: 'isQuarter',
        message: 'the red and black lists are per quarter: period must be e.g. 2026Q3',
      },
    ]);
  return { year: period.year, quarter: period.quarter };
}
