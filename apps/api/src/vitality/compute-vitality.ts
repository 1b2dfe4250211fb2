import { SocietyNotFound } from '@pb/domain';
import {
  vitalityOf,
  vitalityRanking,
  type LifePeriod,
  type VitalityComponent,
  type VitalityOptions,
  type VitalityWeights,
} from '@pb/projections';
import type { LifeReading } from '../life-reports/life-report.inputs';
import { periodAnswer, type PeriodAnswer, type ReportDay } from '../life-reports/life-report';

/** A society's score with every component's inputs, ratio and points. */
export interface VitalityRow {
  readonly rank: number;
  readonly societyId: string;
  readonly name: string;
  readonly score: number;
  readonly components: readonly VitalityComponent[];
}

interface VitalityBasis extends ReportDay {
  readonly period: PeriodAnswer;
  readonly weights: VitalityWeights;
  /** True when the office set no weights for the year: the domain's default holds. */
  readonly weightsAreDefault: boolean;
  readonly tableIsDefault: boolean;
}

/** 组织活力排名 of a period measured up to the as-of day. */
export interface VitalityRankingReport extends VitalityBasis {
  readonly ranking: readonly VitalityRow[];
}

/** One society's vitality and its place in the ranking (null when not registered). */
export interface SocietyVitalityReport extends VitalityBasis, Omit<VitalityRow, 'rank'> {
  readonly registered: boolean;
  readonly rank: number | null;
  /** How many societies the ranking holds. */
  readonly ranked: number;
}

function basis(reading: LifeReading, period: LifePeriod, day: ReportDay) {
  const options: VitalityOptions = {
    period,
    asOf: day.asOfDate,
    table: reading.table,
    weights: reading.weights,
  };
  const shown: VitalityBasis = {
    ...day,
    period: periodAnswer(period),
    weights: reading.weights,
    weightsAreDefault: reading.weightsAreDefault,
    tableIsDefault: reading.tableIsDefault,
  };
  const ranking = vitalityRanking(reading.societies, options).map(
    ({ rank, societyId, name, score, components }): VitalityRow => ({
      rank,
      societyId,
      name,
      score,
      components,
    }),
  );
  return { options, shown, ranking };
}

/** The registered societies ranked by the rules of vitality and ranking. */
export function computeVitalityRanking(
  reading: LifeReading,
  period: LifePeriod,
  day: ReportDay,
): VitalityRankingReport {
  const { shown, ranking } = basis(reading, period, day);
  return { ...shown, ranking };
}

/** A society's vitality, ranked among the registered societies when it is one of them. */
export function computeSocietyVitality(
  reading: LifeReading,
  societyId: string,
  period: LifePeriod,
  day: ReportDay,
): SocietyVitalityReport {
  const society = reading.societies.find((s) => s.societyId === societyId);
  if (society === undefined) throw new SocietyNotFound(societyId);
  const { options, shown, ranking } = basis(reading, period, day);
  const { score, components } = vitalityOf(society, options);
  const row = ranking.find((r) => r.societyId === societyId);
  return {
    ...shown,
    societyId,
    name: society.name,
    registered: society.registered,
    score,
    components,
    rank: row?.rank ?? null,
    ranked: ranking.length,
  };
}
