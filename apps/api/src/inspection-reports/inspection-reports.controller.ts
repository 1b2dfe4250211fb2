import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { uuidParam } from '../http/uuid-param';
import { InspectionAccess } from '../inspections/inspection-access';
import { asOfMoment, ReportQuery } from '../reports/report-query.dto';
import { reportAs, XLSX } from '../reports/report-reply';
import { BATCH_REPORT_FILES } from './batch-report.export';
import { BatchReportService } from './batch-report.service';

@ApiTags('inspection-batches 督导抽查')
@ApiGuarded()
@Controller('inspection-batches')
export class InspectionReportsController {
  constructor(
    private readonly reports: BatchReportService,
    private readonly access: InspectionAccess,
  ) {}

  @Allow('auditor', 'liaison', 'scope:reports:read')
  @Get(':id/report')
  @ApiReadProblems('INSPECTION_BATCH.NOT_FOUND')
  @ApiOperation({
    summary:
      '督导抽查报告: 抽查名单（随机抽取按抽取顺序，指定抽查附理由），问题按类别和严重程度统计，整改率（已销号/全部整改事项），截至报告日期的逾期整改事项；委员仅可查看本人参加督导的批次',
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    description:
      'JSON；或抽查名单 CSV（UTF-8 带 BOM）；或 Excel 工作簿（汇总、抽查名单、问题分类、逾期整改）',
  })
  async report(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: ReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // A committee member reads the report of a batch they inspect in, no other.
    if (caller.role === 'liaison') await this.access.inspector(caller, id);
    const moment = asOfMoment(query);
    const report = moment
      ? await this.reports.asOf(id, moment, query.timeline ?? 'recorded')
      : await this.reports.live(id);
    return reportAs(reply, query.format, report, BATCH_REPORT_FILES);
  }
}
