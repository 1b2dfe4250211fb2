import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@pb/contracts';
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
  replayInMemory,
  serviceTaskProjection,
  societyProjection,
  type CampaignView,
  type EntityDocument,
  type EntityProjection,
  type ViewDocument,
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
} from './campaign-report';
import { computeCampaignReport } from './compute-campaign-report';

export type Timeline = 'recorded' | 'occurred';

const ALL = 1_000_000;

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

  async live(campaignId: string): Promise<CampaignReport> {
    const campaign = await this.views.get<CampaignView>(campaignProjection.spec.name, campaignId);
    if (!campaign) throw new CampaignNotFound(campaignId);
    // The documents hold the report's fields (and maybe more): typed as just those. The
    // computation does not depend on their order (the as-of report replays in another).
    const all = <T>(collection: string, fields: readonly string[], where = {}) =>
      this.views
        .find<ViewDocument & T>(collection, { where, fields, limit: ALL, unordered: true })
        .then((page): T[] => page.items);
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
    );
  }

  async asOf(campaignId: string, moment: Date, timeline: Timeline): Promise<CampaignReport> {
    const limit = moment.toISOString();
    const include = (event: EventEnvelope) =>
      (timeline === 'recorded' ? event.recordedAt : event.occurredAt) <= limit;
    const { docs } = await replayInMemory(this.store, ENTITY_PROJECTIONS, include);
    // The replay keys documents by collection name, which loses their type; a collection
    // holds only what its projection wrote, so the projection's type is theirs.
    const of = <T extends EntityDocument>(projection: EntityProjection<T>) =>
      (docs.get(projection.spec.name) ?? new Map<string, EntityDocument>()) as Map<string, T>;
    const campaign = of(campaignProjection).get(campaignId);
    if (!campaign) throw new CampaignNotFound(campaignId);
    const values = <T extends EntityDocument>(projection: EntityProjection<T>) => [
      ...of(projection).values(),
    ];
    return this.compute(
      {
        campaign,
        assignments: values(assignmentProjection).filter((a) => a.campaignId === campaignId),
        lectures: values(lectureProjection).filter((l) => l.campaignId === campaignId),
        tasks: values(serviceTaskProjection).filter((t) => t.campaignId === campaignId),
        societies: values(societyProjection),
        members: values(memberProjection),
        // Rectifications as they stood then: an item accepted since was still open.
        inspections: values(inspectionCaseProjection),
      },
      moment,
    );
  }

  private compute(input: ReportInput, asOf: Date): CampaignReport {
    return computeCampaignReport(input, { asOf, timeZone: this.runtime.config.timeZone });
  }
}
