import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { readMoment } from '../life-reports/life-report.views';
import { asOfMoment } from '../reports/report-query.dto';
import { reportAs, XLSX } from '../reports/report-reply';
import { CoverageAnswerDoc } from './coverage.answer.dto';
import { CoverageQuery } from './coverage.query';
import { COVERAGE_FILES } from './coverage-report.export';
import { CoverageReportService } from './coverage-report.service';

@ApiTags('coverage 两个全覆盖')
@ApiGuarded()
@Controller('coverage')
export class CoverageReportsController {
  constructor(private readonly reports: CoverageReportService) {}

  @Allow('auditor', 'scope:reports:read')
  @Get()
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '两个全覆盖：组织覆盖（学会党委、办事机构党组织、其他方式即联合党支部或党建指导员，未覆盖学会名单）和期间内的工作覆盖（宣讲、组织生活、受理服务任务，无工作覆盖的学会名单），均按学会名称拼音排序',
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    type: CoverageAnswerDoc,
    description:
      'JSON；或组织覆盖表 CSV（UTF-8 带 BOM）；或 Excel 工作簿（汇总、组织覆盖、工作覆盖）',
  })
  async coverage(@Query() query: CoverageQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const asked = readMoment(asOfMoment(query), query.timeline);
    const report = await this.reports.coverage(query.period, query.on, asked);
    return reportAs(reply, query.format, report, COVERAGE_FILES);
  }
}
