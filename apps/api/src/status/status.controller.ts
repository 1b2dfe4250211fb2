import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberNotFound, SocietyNotFound } from '@pb/domain';
import { Runtime } from '@pb/platform';
import {
  MEMBER_STATUS,
  quarterOf,
  ReadModelStore,
  requirementTableIn,
  SOCIETY_STATUS,
  type AssignmentView,
  campaignProjection,
  type CampaignView,
  type MemberStatusView,
  type RequirementTable,
  type SocietyStatusView,
} from '@pb/projections';
import { uuidParam } from '../http/uuid-param';
import { dateIn } from '../reports/report-clock';
import { filteredPage } from './filtered-page';
import { MemberStatusAnswer, SocietyStatusAnswer } from './status.answer.dto';
import {
  CampaignListQuery,
  keepsSociety,
  MemberListQuery,
  SocietyListQuery,
  SocietyStatusQuery,
} from './status.dto';
import { presentMemberStatus, presentSocietyStatus } from './status.present';
import { SocietyLights } from './society-lights';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { Forbidden } from '../auth/auth-errors';
import { ApiPage } from '../http/paging.dto';
import { CampaignSummaryAnswer } from '../campaigns/campaign.response.dto';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { readMoment } from '../life-reports/life-report.views';
import { VitalityReportService } from '../vitality/vitality-report.service';

const DEFAULT_LIMIT = 50;

@ApiTags('status 状态视图')
@ApiGuarded()
@Controller()
export class StatusController {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(Runtime) private readonly runtime: Runtime,
    private readonly access: Access,
    private readonly vitality: VitalityReportService,
    private readonly lights: SocietyLights,
  ) {}

  private today(moment = new Date()): string {
    return dateIn(moment, this.runtime.config.timeZone);
  }

  /** The requirement table of today's year, which this quarter's organisational life is read against. */
  private lifeRequirements(today: string): Promise<RequirementTable> {
    return requirementTableIn(this.views, quarterOf(today).year);
  }

  /**
   * Presents society status views read now: the year's table read and the societies ranked
   * once per request, on the same day as the rest of the status.
   */
  private async societyPresenter(vitalityPeriod: string | undefined) {
    const at = readMoment(null);
    const today = this.today(at.moment);
    const [table, standing] = await Promise.all([
      this.lifeRequirements(today),
      this.vitality.standings(vitalityPeriod, at),
    ]);
    return (view: SocietyStatusView) =>
      presentSocietyStatus(view, today, table, standing(view.societyId));
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('societies/:id/status')
  @ApiReadProblems('SOCIETY.NOT_FOUND')
  @ApiOperation({
    summary:
      '学会状态: party organisation, liaison per campaign, lectures, service tasks by state, overdue, average rating, current stars (当前星级), open and overdue rectifications (整改), organisational life this quarter (组织生活完成率、出席率), organisation coverage today (组织覆盖) and the vitality score and rank this quarter or in vitalityPeriod (组织活力)',
  })
  @ApiOkResponse({ type: SocietyStatusAnswer })
  async society(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: SocietyStatusQuery,
  ) {
    await this.access.society(caller, id);
    const view = await this.views.get<SocietyStatusView>(SOCIETY_STATUS.name, id);
    if (!view) throw new SocietyNotFound(id);
    return (await this.societyPresenter(query.vitalityPeriod))(view);
  }

  @Allow('auditor', 'liaison', 'scope:reports:read')
  @Get('members/:id/status')
  @ApiReadProblems('MEMBER.NOT_FOUND')
  @ApiOperation({
    summary:
      '委员状态: assigned societies per campaign, work coverage, lectures by state, open and overdue tasks in those societies, the reviews (初评) and inspections (督导) the member has to do',
  })
  @ApiOkResponse({ type: MemberStatusAnswer })
  async member(@Caller() caller: Principal, @Param('id', uuidParam()) id: string) {
    this.access.member(caller, id);
    const view = await this.views.get<MemberStatusView>(MEMBER_STATUS.name, id);
    if (!view) throw new MemberNotFound(id);
    return presentMemberStatus(view, this.today());
  }

  @Allow('auditor', 'liaison', 'scope:reports:read')
  @Get('societies')
  @ApiReadProblems('CAMPAIGN.NOT_FOUND (with `light`)')
  @ApiOperation({
    summary:
      '学会列表: society status views, filtered by campaign, liaison, state, overdue, organisation coverage, complete organisational life and attendance (出席率) this quarter, vitality rank or score, and the campaign’s traffic light (红黄绿灯), with a cursor',
  })
  @ApiPage(SocietyStatusAnswer)
  async societies(@Caller() caller: Principal, @Query() query: SocietyListQuery) {
    if (caller.role === 'liaison' && query.liaisonId !== caller.memberId)
      throw new Forbidden(
        'a liaison lists the societies assigned to them: pass liaisonId=<your member id>',
      );
    const lit = await this.lights.lit(query);
    const present = await this.societyPresenter(query.vitalityPeriod);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const keep = (docs: readonly SocietyStatusView[]) =>
      docs
        .map(present)
        .filter((society) => keepsSociety(society, query) && (lit?.has(society.id) ?? true));
    if (query.campaignId === undefined && query.liaisonId === undefined)
      return filteredPage(
        (after, n) =>
          this.views.find<SocietyStatusView>(SOCIETY_STATUS.name, {
            where: query.status ? { status: query.status } : {},
            limit: n,
            after,
          }),
        keep,
        limit,
        query.cursor ?? null,
      );
    const where = {
      status: 'assigned',
      ...(query.campaignId ? { campaignId: query.campaignId } : {}),
      ...(query.liaisonId ? { liaisonId: query.liaisonId } : {}),
    };
    return filteredPage(
      (after, n) => this.views.find<AssignmentView>('assignments', { where, limit: n, after }),
      async (rows) =>
        keep(
          await this.views.getMany<SocietyStatusView>(
            SOCIETY_STATUS.name,
            rows.map((r) => r.societyId),
          ),
        ),
      limit,
      query.cursor ?? null,
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('campaigns')
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '工作部署列表: campaigns with their state, period and targets, filtered by state, with a cursor',
  })
  @ApiPage(CampaignSummaryAnswer)
  async campaigns(@Query() query: CampaignListQuery) {
    return filteredPage(
      (after, n) =>
        this.views.find<CampaignView>(campaignProjection.spec.name, {
          where: query.status ? { status: query.status } : {},
          limit: n,
          after,
        }),
      (docs) =>
        docs.map((c) => ({
          campaignId: c.campaignId,
          title: c.title,
          status: c.status,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          targets: c.targets,
          launchedAt: c.launchedAt,
          closedAt: c.closedAt,
          version: c.version,
        })),
      query.limit ?? DEFAULT_LIMIT,
      query.cursor ?? null,
    );
  }

  @Allow('auditor', 'scope:reports:read')
  @Get('members')
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '委员列表: member status views, filtered by campaign, state, position and overdue, with a cursor',
  })
  @ApiPage(MemberStatusAnswer)
  async members(@Query() query: MemberListQuery) {
    const today = this.today();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const where = { ...(query.status ? { status: query.status } : {}) };
    return filteredPage(
      (after, n) =>
        this.views.find<MemberStatusView>(MEMBER_STATUS.name, { where, limit: n, after }),
      (docs) =>
        docs
          .filter(
            (doc) =>
              (query.position === undefined || doc.position === query.position) &&
              (query.campaignId === undefined ||
                doc.campaigns.some((c) => c.campaignId === query.campaignId)),
          )
          .map((doc) => presentMemberStatus(doc, today))
          .filter(
            (m) =>
              query.overdue === undefined || m.serviceTasks.overdue.length > 0 === query.overdue,
          ),
      limit,
      query.cursor ?? null,
    );
  }
}
