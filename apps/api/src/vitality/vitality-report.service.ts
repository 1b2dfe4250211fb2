import { Injectable } from '@nestjs/common';
import { periodOf } from '../life-reports/life-period.query';
import { LifeReportViews, type ReadMoment } from '../life-reports/life-report.views';
import {
  computeSocietyVitality,
  computeVitalityRanking,
  type SocietyVitalityReport,
  type VitalityRankingReport,
} from './compute-vitality';
import { vitalityStandings, type VitalityStandings } from './vitality-standing';

/** 组织活力: the ranking and a society's score, live or as the views stood at a moment. */
@Injectable()
export class VitalityReportService {
  constructor(private readonly views: LifeReportViews) {}

  async ranking(period: string | undefined, at: ReadMoment): Promise<VitalityRankingReport> {
    const day = this.views.dayOf(at);
    const asked = periodOf(period, day.asOfDate);
    return computeVitalityRanking(await this.views.reading(asked.year, at), asked, day);
  }

  /** Every society's standing in one ranking of the period, for the status views. */
  async standings(period: string | undefined, at: ReadMoment): Promise<VitalityStandings> {
    return vitalityStandings(await this.ranking(period, at));
  }

  async society(
    societyId: string,
    period: string | undefined,
    at: ReadMoment,
  ): Promise<SocietyVitalityReport> {
    const day = this.views.dayOf(at);
    const asked = periodOf(period, day.asOfDate);
    return computeSocietyVitality(await this.views.reading(asked.year, at), societyId, asked, day);
  }
}
