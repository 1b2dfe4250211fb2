import type { VitalityRankingReport } from './compute-vitality';

/** A society's score and place in a period's ranking, as its status shows them. */
export interface VitalityStanding {
  /** 2026 or 2026Q3. */
  readonly period: string;
  readonly score: number;
  /** Equal scores share a rank, the next skipping as many places (1, 1, 3). */
  readonly rank: number;
  /** How many societies the ranking holds. */
  readonly rankedOf: number;
}

/** Finds a society's standing in a ranking; null when it is not ranked (not registered). */
export type VitalityStandings = (societyId: string) => VitalityStanding | null;

/** Each ranked society's standing, read from one ranking so that a list ranks only once. */
export function vitalityStandings(report: VitalityRankingReport): VitalityStandings {
  const rankedOf = report.ranking.length;
  const standings = new Map(
    report.ranking.map(({ societyId, score, rank }): [string, VitalityStanding] => [
      societyId,
      { period: report.period.label, score, rank, rankedOf },
    ]),
  );
  return (societyId) => standings.get(societyId) ?? null;
}
