import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded, ApiProblems, ApiReadProblems } from '../http/api-problems';
import { uuidParam } from '../http/uuid-param';
import { asOfMoment, ReportQuery } from '../reports/report-query.dto';
import { reportAs, XLSX } from '../reports/report-reply';
import { VIEWS_BEHIND_503 } from '../reports/report-views-behind';
import { ROUND_REPORT_FILES } from './round-report.export';
import { RoundReportService } from './round-report.service';

@ApiTags('star-rating-rounds 星级评定批次')
@ApiGuarded()
@Controller('star-rating-rounds')
export class StarRatingReportsController {
  constructor(private readonly reports: RoundReportService) {}

  // Not for committee members: any of them may review, so "those who work in the round"
  // would be all of them, reading every decision in one sheet before publication.
  @Allow('auditor', 'scope:reports:read')
  @Get(':id/report')
  @ApiReadProblems('STAR_RATING_ROUND.NOT_FOUND')
  @ApiOperation({
    summary:
      '星级评定报告: 参评、自评、初评、审议、公布进度，0至8星分布，分类平均分（自评、初评），各学会自评、初评、审议总分与星级（与标准不同时附理由），自评与初评差异最大的10个学会',
  })
  @ApiProblems({ 503: VIEWS_BEHIND_503 })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    description:
      'JSON；或按学会表 CSV（UTF-8 带 BOM）；或 Excel 工作簿（汇总、星级分布、分类平均分、按学会、分类得分、自评与初评差异），学会按中文（拼音）排序',
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
    return reportAs(reply, query.format, report, ROUND_REPORT_FILES);
  }
}
