import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { uuidParam } from '../http/uuid-param';
import { PeriodReportQuery, SocietyPeriodQuery } from '../life-reports/life-period.query';
import { readMoment } from '../life-reports/life-report.views';
import { asOfMoment } from '../reports/report-query.dto';
import { reportAs, XLSX } from '../reports/report-reply';
import { SocietyVitalityAnswer, VitalityRankingAnswer } from './vitality.answer.dto';
import { VITALITY_FILES } from './vitality-report.export';
import { VitalityReportService } from './vitality-report.service';

@ApiTags('vitality 组织活力')
@ApiGuarded()
@Controller()
export class VitalityController {
  constructor(
    private readonly reports: VitalityReportService,
    private readonly access: Access,
  ) {}

  @Allow('auditor', 'scope:reports:read')
  @Get('vitality')
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '组织活力排名：季度或年度，各登记学会的得分及六项指标（组织生活完成率、出席率、宣讲、服务任务、整改销号、星级）的计算依据、比率和得分；同分同名次；可按 asOf 回放过去某一时点的排名',
  })
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({
    type: VitalityRankingAnswer,
    description: 'JSON；或排名表 CSV（UTF-8 带 BOM）；或 Excel 工作簿（活力排名、得分明细、汇总）',
  })
  async ranking(
    @Query() query: PeriodReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const at = readMoment(asOfMoment(query), query.timeline);
    const report = await this.reports.ranking(query.period, at);
    return reportAs(reply, query.format, report, VITALITY_FILES);
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('societies/:id/vitality')
  @ApiReadProblems('SOCIETY.NOT_FOUND')
  @ApiOperation({
    summary: '学会组织活力：得分、排名及各项指标的计算依据、比率和得分（学会本身、其联系委员可读）',
  })
  @ApiOkResponse({ type: SocietyVitalityAnswer })
  async society(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: SocietyPeriodQuery,
  ) {
    await this.access.society(caller, id);
    return this.reports.society(id, query.period, readMoment(asOfMoment(query), query.timeline));
  }
}
