import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import {
  assignmentProjection,
  campaignProjection,
  inspectionCaseProjection,
  lectureProjection,
  lifeRequirementsProjection,
  organisationalLifeProjection,
  ratingRoundProjection,
  ReadModelStore,
  serviceTaskProjection,
  societyProjection,
  starRatingProjection,
  vitalityWeightsProjection,
  type LifeRequirementsView,
  type VitalityWeightsView,
} from '@pb/projections';
import { dateIn } from '../reports/report-clock';
import { everyView, viewsAsOf, type Timeline } from '../reports/report-replay';
import {
  LIFE_REPORT_FIELDS as FIELDS,
  type LifeAssignmentView,
  type LifeCampaignView,
  type LifeInspectionView,
  type LifeLectureView,
  type LifeRatingView,
  type LifeRecordView,
  type LifeReportInput,
  type LifeRoundView,
  type LifeSocietyView,
  type LifeTaskView,
} from './life-report.input';
import { lifeReading, type LifeReading } from './life-report.inputs';
import type { ReportDay } from './life-report';

/** What the reports are computed from, and nothing else, when replayed. */
const PROJECTIONS = [
  societyProjection,
  organisationalLifeProjection,
  lifeRequirementsProjection,
  vitalityWeightsProjection,
  campaignProjection,
  assignmentProjection,
  lectureProjection,
  serviceTaskProjection,
  inspectionCaseProjection,
  starRatingProjection,
  ratingRoundProjection,
];

/** The moment a report is read at: now (live) or a moment asked for (replayed). */
export interface ReadMoment {
  readonly moment: Date;
  readonly replayed: boolean;
  readonly timeline: Timeline;
}

/** Now, or the moment asked for, with its timeline. */
export function readMoment(asked: Date | null, timeline: Timeline = 'recorded'): ReadMoment {
  return { moment: asked ?? new Date(), replayed: asked !== null, timeline };
}

/**
 * The level-1 views the reports of organisational life, coverage and vitality read: live
 * from the read models, or rebuilt from the event store as they stood at a moment, so that
 * an as-of report is the live report's computation over those documents.
 */
@Injectable()
export class LifeReportViews {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  /** The moment read at and its day in the federation's time zone. */
  dayOf(at: ReadMoment): ReportDay {
    return {
      asOf: at.moment.toISOString(),
      asOfDate: dateIn(at.moment, this.runtime.config.timeZone),
    };
  }

  /** The rules' inputs for a year, as the views stand or stood at the moment. */
  async reading(year: number, at: ReadMoment): Promise<LifeReading> {
    const input = at.replayed
      ? await this.asOf(year, at.moment, at.timeline)
      : await this.live(year);
    return lifeReading(input, this.runtime.config.timeZone);
  }

  private async live(year: number): Promise<LifeReportInput> {
    const all = <T>(collection: string, fields: readonly string[], where = {}) =>
      everyView<T>(this.views, collection, where, fields);
    const table = <T extends LifeRequirementsView | VitalityWeightsView>(collection: string) =>
      this.views.get<T>(collection, String(year));
    const [societies, records, requirements, weights, campaigns, assignments] = await Promise.all([
      all<LifeSocietyView>(societyProjection.spec.name, FIELDS.societies),
      all<LifeRecordView>(organisationalLifeProjection.spec.name, FIELDS.records, { year }),
      table<LifeRequirementsView>(lifeRequirementsProjection.spec.name),
      table<VitalityWeightsView>(vitalityWeightsProjection.spec.name),
      all<LifeCampaignView>(campaignProjection.spec.name, FIELDS.campaigns),
      all<LifeAssignmentView>(assignmentProjection.spec.name, FIELDS.assignments),
    ]);
    const [lectures, tasks, inspections, ratings, rounds] = await Promise.all([
      all<LifeLectureView>(lectureProjection.spec.name, FIELDS.lectures),
      all<LifeTaskView>(serviceTaskProjection.spec.name, FIELDS.tasks),
      all<LifeInspectionView>(inspectionCaseProjection.spec.name, FIELDS.inspections),
      all<LifeRatingView>(starRatingProjection.spec.name, FIELDS.ratings),
      all<LifeRoundView>(ratingRoundProjection.spec.name, FIELDS.rounds),
    ]);
    return {
      societies,
      records,
      requirements,
      weights,
      campaigns,
      assignments,
      lectures,
      tasks,
      inspections,
      ratings,
      rounds,
    };
  }

  private async asOf(year: number, moment: Date, timeline: Timeline): Promise<LifeReportInput> {
    const views = await viewsAsOf(this.store, PROJECTIONS, moment, timeline);
    return {
      societies: views.all(societyProjection),
      records: views.all(organisationalLifeProjection).filter((r) => r.year === year),
      requirements: views.one(lifeRequirementsProjection, String(year)) ?? null,
      weights: views.one(vitalityWeightsProjection, String(year)) ?? null,
      campaigns: views.all(campaignProjection),
      assignments: views.all(assignmentProjection),
      lectures: views.all(lectureProjection),
      tasks: views.all(serviceTaskProjection),
      inspections: views.all(inspectionCaseProjection),
      ratings: views.all(starRatingProjection),
      rounds: views.all(ratingRoundProjection),
    };
  }
}
