import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { uuidParam } from '../http/uuid-param';
import { reportCsv, reportXlsx } from './campaign-report.export';
import { CampaignReportService, type Timeline } from './campaign-report.service';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { AsOfQuery, asOfMoment } from './report-query.dto';
import { download, XLSX } from './report-reply';

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
    const moment = asOfMoment(query);
    const report = moment
      ? await this.reports.asOf(id, moment, query.timeline ?? 'recorded')
      : await this.reports.live(id);
    const name = `工作进展报告-${report.asOfDate}`;
    if (query.format === 'csv') {
      download(reply, 'text/csv; charset=utf-8', `${name}.csv`, 'report.csv');
      return reportCsv(report);
    }
    if (query.format === 'xlsx') {
      download(reply, XLSX, `${name}.xlsx`, 'report.xlsx');
      return reportXlsx(report);
    }
    return report;
  }
}
