import { Inject, Injectable } from '@nestjs/common';
import { StarRatingRoundNotFound } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import {
  ratingRoundProjection,
  ReadModelStore,
  societyProjection,
  starRatingProjection,
  type RatingRoundView,
  type StarRatingView,
} from '@pb/projections';
import { everyView, viewsAsOf, type Timeline } from '../reports/report-replay';
import { liveSocietyNames } from '../reports/report-societies';
import { computedLive } from '../reports/report-views-behind';
import { computeRoundReport } from './compute-round-report';
import type { RoundReport, RoundReportInput } from './round-report';

/** What the round's report is computed from, and nothing else, when replayed. */
const PROJECTIONS = [ratingRoundProjection, starRatingProjection, societyProjection];

/** A star rating round's report: live from the read models, or as recorded by a moment. */
@Injectable()
export class RoundReportService {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  async live(roundId: string): Promise<RoundReport> {
    const round = await this.views.get<RatingRoundView>(ratingRoundProjection.spec.name, roundId);
    if (!round) throw new StarRatingRoundNotFound(roundId);
    const [ratings, societies] = await Promise.all([
      everyView<StarRatingView>(this.views, starRatingProjection.spec.name, { roundId }),
      liveSocietyNames(this.views),
    ]);
    return computedLive(() => this.compute({ round, ratings, societies }, new Date()));
  }

  async asOf(roundId: string, moment: Date, timeline: Timeline): Promise<RoundReport> {
    const views = await viewsAsOf(this.store, PROJECTIONS, moment, timeline);
    const round = views.one(ratingRoundProjection, roundId);
    if (!round) throw new StarRatingRoundNotFound(roundId);
    const ratings = views.all(starRatingProjection).filter((r) => r.roundId === roundId);
    return this.compute({ round, ratings, societies: views.all(societyProjection) }, moment);
  }

  private compute(input: RoundReportInput, asOf: Date): RoundReport {
    return computeRoundReport(input, { asOf, timeZone: this.runtime.config.timeZone });
  }
}
