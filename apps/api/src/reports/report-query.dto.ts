import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { requireInstant } from '@pb/domain';
import { DATE_TIME } from '../audit/audit.dto';
import type { Timeline } from './report-replay';

/** Reports count by years of four digits, as their periods do (1000 to 2999). */
const FOUR_DIGIT_YEAR = /^[12][0-9]{3}-/;

/** `?asOf=`: every report can be read as it stood at a moment. */
export class AsOfQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    pattern: FOUR_DIGIT_YEAR.source,
    example: '2021-09-30T18:00:00+08:00',
    description:
      'The report as it stood at this moment, replayed from the event store (years 1000 to 2999)',
  })
  @IsOptional()
  @Matches(FOUR_DIGIT_YEAR, { message: 'asOf must fall in the years 1000 to 2999' })
  @Matches(DATE_TIME, {
    message: 'asOf must be a date and time with a zone, e.g. 2021-09-30T18:00:00+08:00',
  })
  asOf?: string;
}

/** The query every report takes: a moment, its timeline, and the format people download. */
export class ReportQuery extends AsOfQuery {
  @ApiPropertyOptional({
    enum: ['recorded', 'occurred'],
    default: 'recorded',
    description:
      'With asOf: what had been recorded by then, or what had happened by then (later records can change it)',
  })
  @IsOptional()
  @IsIn(['recorded', 'occurred'])
  timeline?: Timeline;

  @ApiPropertyOptional({
    enum: ['json', 'csv', 'xlsx'],
    default: 'json',
    description:
      'json；csv：按学会表（UTF-8 带 BOM，Excel 可直接打开）；xlsx：中文工作表与列名的 Excel 工作簿',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

/** The as-of moment asked for, or null for the live report. */
export function asOfMoment(query: AsOfQuery): Date | null {
  return query.asOf === undefined ? null : new Date(requireInstant('asOf', query.asOf));
}

/** The campaign report's query: besides the moment and format, how its society rows are ordered. */
export class CampaignReportQuery extends ReportQuery {
  @ApiPropertyOptional({
    enum: ['liaison'],
    description:
      '按联系委员分组：学会行先按联系委员（书记、副书记、纪检委员、委员、宣讲专家，同职务按姓名拼音）排列，再按学会名称；不填则按学会名称排列',
  })
  @IsOptional()
  @IsIn(['liaison'])
  groupBy?: 'liaison';
}
