import { Inject, Injectable } from '@nestjs/common';
import { streamIdOf } from '@pb/contracts';
import { CampaignNotFound } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import { ENTITY_PROJECTIONS, Runtime } from '@pb/platform';
import {
  assignmentProjection,
  campaignProjection,
  inspectionCaseProjection,
  lectureProjection,
  memberProjection,
  ReadModelStore,
  serviceTaskProjection,
  societyProjection,
  type CampaignView,
} from '@pb/projections';
import {
  REPORT_FIELDS,
  type CampaignReport,
  type ReportAssignment,
  type ReportInput,
  type ReportInspection,
  type ReportLecture,
  type ReportMember,
  type ReportSociety,
  type ReportTask,
  type SocietyOrder,
} from './campaign-report';
import { CampaignNotYetRecorded } from './campaign-not-yet-recorded';
import { computeCampaignReport } from './compute-campaign-report';
import { everyView, viewsAsOf, type Timeline } from './report-replay';

export type { Timeline };

/**
 * The committee's progress report for a campaign: live from the read models, or as it
 * stood at a moment, replayed from the event store on one of the two timelines (what
 * had been recorded by then, or what had happened by then).
 */
@Injectable()
export class CampaignReportService {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  async live(campaignId: string, order: SocietyOrder = 'name'): Promise<CampaignReport> {
    const campaign = await this.views.get<CampaignView>(campaignProjection.spec.name, campaignId);
    if (!campaign) throw new CampaignNotFound(campaignId);
    const all = <T>(collection: string, fields: readonly string[], where = {}) =>
      everyView<T>(this.views, collection, where, fields);
    const [assignments, lectures, tasks, societies, members, inspections] = await Promise.all([
      all<ReportAssignment>(assignmentProjection.spec.name, REPORT_FIELDS.assignments, {
        campaignId,
      }),
      all<ReportLecture>(lectureProjection.spec.name, REPORT_FIELDS.lectures, { campaignId }),
      all<ReportTask>(serviceTaskProjection.spec.name, REPORT_FIELDS.tasks, { campaignId }),
      all<ReportSociety>(societyProjection.spec.name, REPORT_FIELDS.societies),
      all<ReportMember>(memberProjection.spec.name, REPORT_FIELDS.members),
      all<ReportInspection>(inspectionCaseProjection.spec.name, REPORT_FIELDS.inspections),
    ]);
    return this.compute(
      { campaign, assignments, lectures, tasks, societies, members, inspections },
      new Date(),
      order,
    );
  }

  async asOf(
    campaignId: string,
    moment: Date,
    timeline: Timeline,
    order: SocietyOrder = 'name',
  ): Promise<CampaignReport> {
    const views = await viewsAsOf(this.store, ENTITY_PROJECTIONS, moment, timeline);
    const campaign = views.one(campaignProjection, campaignId);
    if (!campaign) throw await this.absentAt(campaignId, moment, timeline);
    return this.compute(
      {
        campaign,
        assignments: views.all(assignmentProjection).filter((a) => a.campaignId === campaignId),
        lectures: views.all(lectureProjection).filter((l) => l.campaignId === campaignId),
        tasks: views.all(serviceTaskProjection).filter((t) => t.campaignId === campaignId),
        societies: views.all(societyProjection),
        members: views.all(memberProjection),
        // Rectifications as they stood then: an item accepted since was still open.
        inspections: views.all(inspectionCaseProjection),
      },
      moment,
      order,
    );
  }

  /** Why a campaign is missing from a replay: it does not exist, or it came later. */
  private async absentAt(
    campaignId: string,
    moment: Date,
    timeline: Timeline,
  ): Promise<CampaignNotFound | CampaignNotYetRecorded> {
    const [first] = await this.store.readStream(streamIdOf('campaign', campaignId), 0, 1);
    const event = first?.events[0];
    if (first === undefined || event === undefined) return new CampaignNotFound(campaignId);
    const firstRecord = { recordedAt: first.recordedAt, occurredAt: event.occurredAt };
    return new CampaignNotYetRecorded(campaignId, moment, firstRecord, timeline);
  }

  private compute(input: ReportInput, asOf: Date, societyOrder: SocietyOrder): CampaignReport {
    const { timeZone } = this.runtime.config;
    return computeCampaignReport(input, { asOf, timeZone, societyOrder });
  }
}
