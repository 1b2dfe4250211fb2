import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { uuidParam } from '../http/uuid-param';
import { CAMPAIGN_REPORT_FILES, REPORT_SHEETS } from './campaign-report.export';
import { CampaignReportService } from './campaign-report.service';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded, ApiProblems } from '../http/api-problems';
import { asOfMoment, CampaignReportQuery } from './report-query.dto';
import { reportAs, XLSX } from './report-reply';

/** Built from the sheets the workbook is written with, so that the two cannot differ. */
const REPORT_FILES_DESCRIPTION = `JSON, or the society table as CSV (UTF-8 with BOM), or a workbook (${Object.values(REPORT_SHEETS).join(', ')})`;

@ApiTags('reports 进展报告')
@ApiGuarded()
@Controller('campaigns')
export class ReportsController {
  constructor(private readonly reports: CampaignReportService) {}

  @Allow('auditor', 'scope:reports:read')
  @Get(':id/report')
  @ApiProblems({
    400: true,
    404: 'CAMPAIGN.NOT_FOUND: not found; CAMPAIGN.NOT_YET_RECORDED: asOf before the campaign was first recorded (or, on the occurred timeline, before its first event), with that time',
  })
  @ApiOperation({
    summary:
      '工作进展报告: coverage, lectures, audience, service tasks by state, completion and evaluation rates, rows per liaison and per society, societies missing work, overdue and escalated tasks, red/yellow/green',
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({ description: REPORT_FILES_DESCRIPTION })
  async report(
    @Param('id', uuidParam()) id: string,
    @Query() query: CampaignReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const moment = asOfMoment(query);
    const order = query.groupBy ?? 'name';
    const report = moment
      ? await this.reports.asOf(id, moment, query.timeline ?? 'recorded', order)
      : await this.reports.live(id, order);
    return reportAs(reply, query.format, report, CAMPAIGN_REPORT_FILES);
  }
}
