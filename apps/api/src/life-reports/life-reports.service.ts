import { Injectable } from '@nestjs/common';
import { computeLifeLists, type LifeListsReport } from './compute-life-lists';
import { computeSocietyLife, type SocietyLifeFigures } from './compute-society-life';
import { periodOf, quarterPeriodOf } from './life-period.query';
import { LifeReportViews, type ReadMoment } from './life-report.views';

/** The red and black lists and a society's figures: live, or as the views stood at a moment. */
@Injectable()
export class LifeReportsService {
  constructor(private readonly views: LifeReportViews) {}

  async lists(period: string | undefined, at: ReadMoment): Promise<LifeListsReport> {
    const day = this.views.dayOf(at);
    const quarter = quarterPeriodOf(period, day.asOfDate);
    return computeLifeLists(await this.views.reading(quarter.year, at), quarter, day);
  }

  async figures(
    societyId: string,
    period: string | undefined,
    at: ReadMoment,
  ): Promise<SocietyLifeFigures> {
    const day = this.views.dayOf(at);
    const asked = periodOf(period, day.asOfDate);
    return computeSocietyLife(await this.views.reading(asked.year, at), societyId, asked, day);
  }
}
