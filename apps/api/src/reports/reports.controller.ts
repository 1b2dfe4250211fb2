import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { requireInstant } from '@pb/domain';
import { DATE_TIME } from '../audit/audit.dto';
import type { FastifyReply } from 'fastify';
import { uuidParam } from '../http/uuid-param';
import { reportCsv, reportXlsx } from './campaign-report.export';
import { CampaignReportService, type Timeline } from './campaign-report.service';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ReportQuery {
  @ApiPropertyOptional({
    example: '2021-09-30T18:00:00+08:00',
    description: 'The report as it stood at this moment, replayed from the event store',
  })
  @IsOptional()
  @Matches(DATE_TIME, {
    message: 'asOf must be a date and time with a zone, e.g. 2021-09-30T18:00:00+08:00',
  })
  asOf?: string;

  @ApiPropertyOptional({
    enum: ['recorded', 'occurred'],
    default: 'recorded',
    description:
      'With asOf: what had been recorded by then, or what had happened by then (later records can change it)',
  })
  @IsOptional()
  @IsIn(['recorded', 'occurred'])
  timeline?: Timeline;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';
}

@ApiTags('reports 进展报告')
@ApiGuarded()
@Controller('campaigns')
export class ReportsController {
  constructor(private readonly reports: CampaignReportService) {}

  @Allow('auditor', 'scope:reports:read')
  @Get(':id/report')
  @ApiReadProblems('CAMPAIGN.NOT_FOUND')
  @ApiOperation({
    summary:
      '工作进展报告: coverage, lectures, audience, service tasks by state, completion and evaluation rates, rows per liaison and per society, societies missing work, overdue and escalated tasks, red/yellow/green',
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    description:
      'JSON, or the society table as CSV (UTF-8 with BOM), or a workbook (汇总, 按委员, 按学会, 未分配学会, 逾期与督办)',
  })
  async report(
    @Param('id', uuidParam()) id: string,
    @Query() query: ReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = query.asOf
      ? await this.reports.asOf(
          id,
          new Date(requireInstant('asOf', query.asOf)),
          query.timeline ?? 'recorded',
        )
      : await this.reports.live(id);
    const name = `工作进展报告-${report.asOfDate}`;
    if (query.format === 'csv') {
      void reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', disposition(`${name}.csv`, 'report.csv'));
      return reportCsv(report);
    }
    if (query.format === 'xlsx') {
      void reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', disposition(`${name}.xlsx`, 'report.xlsx'));
      return reportXlsx(report);
    }
    return report;
  }
}

function disposition(name: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
