import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { requireInstant } from '@pb/domain';
import { DATE_TIME } from '../audit/audit.dto';

/** `?asOf=`: every report can be read as it stood at a moment. */
export class AsOfQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2021-09-30T18:00:00+08:00',
    description: 'The report as it stood at this moment, replayed from the event store',
  })
  @IsOptional()
  @Matches(DATE_TIME, {
    message: 'asOf must be a date and time with a zone, e.g. 2021-09-30T18:00:00+08:00',
  })
  asOf?: string;
}

/** The yearly reports: JSON, or the workbook people send upward. */
export class WorkbookReportQuery extends AsOfQuery {
  @ApiPropertyOptional({
    enum: ['json', 'xlsx'],
    default: 'json',
    description: 'json，或 xlsx：中文工作表与列名的 Excel 工作簿',
  })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

/** The as-of moment asked for, or null for the live report. */
export function asOfMoment(query: AsOfQuery): Date | null {
  return query.asOf === undefined ? null : new Date(requireInstant('asOf', query.asOf));
}
