import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { uuidParam } from '../http/uuid-param';
import { asOfMoment } from '../reports/report-query.dto';
import { reportAs, XLSX } from '../reports/report-reply';
import { LIFE_LISTS_FILES } from './life-lists.export';
import { PeriodReportQuery, SocietyPeriodQuery } from './life-period.query';
import { LifeListsAnswer, SocietyLifeAnswer } from './life-report.answer.dto';
import { readMoment } from './life-report.views';
import { LifeReportsService } from './life-reports.service';

@ApiTags('organisational-life 组织生活')
@ApiGuarded()
@Controller()
export class LifeReportsController {
  constructor(
    private readonly reports: LifeReportsService,
    private readonly access: Access,
  ) {}

  @Allow('auditor', 'scope:reports:read')
  @Get('organisational-life/lists')
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '组织生活红黑榜（按季度）：红榜为全部完成要求的学会，按出席率从高到低；黑榜按完成率、出席率从低到高；名额按年度要求；同分按学会名称拼音排序。period 须为季度（如 2026Q3）',
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    type: LifeListsAnswer,
    description: 'JSON；或两榜合一的 CSV（UTF-8 带 BOM）；或 Excel 工作簿（汇总、红榜、黑榜）',
  })
  async lists(@Query() query: PeriodReportQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const at = readMoment(asOfMoment(query), query.timeline);
    const report = await this.reports.lists(query.period, at);
    return reportAs(reply, query.format, report, LIFE_LISTS_FILES);
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('societies/:id/organisational-life/figures')
  @ApiReadProblems('SOCIETY.NOT_FOUND')
  @ApiOperation({
    summary:
      '学会组织生活情况：季度或年度内按要求逐项的应开展、已开展次数，完成率和出席率（学会本身、其联系委员可读）',
  })
  @ApiOkResponse({ type: SocietyLifeAnswer })
  async figures(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: SocietyPeriodQuery,
  ) {
    await this.access.society(caller, id);
    return this.reports.figures(id, query.period, readMoment(asOfMoment(query), query.timeline));
  }
}
