import { Inject, Injectable } from '@nestjs/common';
import { Runtime } from '@pb/platform';
import { RequestInvalid } from '../http/request-invalid';
import { periodOf } from '../life-reports/life-period.query';
import { LifeReportViews, type ReadMoment } from '../life-reports/life-report.views';
import { computeCoverage, type CoverageAnswer } from './compute-coverage';
import { endOfDayIn } from './coverage-day';

/** 两个全覆盖 on a day: live today, or replayed as the views stood at the end of an earlier day. */
@Injectable()
export class CoverageReportService {
  constructor(
    private readonly views: LifeReportViews,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  async coverage(
    period: string | undefined,
    on: string | undefined,
    asked: ReadMoment,
  ): Promise<CoverageAnswer> {
    const at = this.readOn(on, asked);
    const day = this.views.dayOf(at);
    const read = periodOf(period, day.asOfDate);
    return computeCoverage(await this.views.reading(read.year, at), read, day);
  }

  /** A day before the moment asked for is read as recorded by that day's end; a later one is refused. */
  private readOn(on: string | undefined, asked: ReadMoment): ReadMoment {
    const { asOfDate } = this.views.dayOf(asked);
    if (on === undefined || on === asOfDate) return asked;
    if (on > asOfDate)
      throw new RequestInvalid([
        {
          field: 'on',
          rule: 'notAfterAsOf',
          message: `on must not be after the day the report is read on (${asOfDate})`,
        },
      ]);
    return { ...asked, moment: endOfDayIn(on, this.runtime.config.timeZone), replayed: true };
  }
}
