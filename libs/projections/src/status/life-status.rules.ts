import { coverageOf, type CoverageOfSociety } from '../yearly-life/coverage.rules';
import { quarterOf } from '../yearly-life/life-period.rules';
import {
  periodAttendance,
  quarterLife,
  type SocietyLifeInput,
} from '../yearly-life/life-slots.rules';
import type { RequirementTable } from '../yearly-life/yearly-life.inputs';
import type { SocietyLifeInputs } from './status.documents';

/*
 * A society's organisational life this quarter and its organisation coverage today, read
 * from its status view on the day it is read, as overdue is: both change with the clock.
 */

/** The quarter of `today` measured up to it: slots, met slots, completeness and attendance rate. */
export interface LifeThisQuarter {
  /** E.g. 2026Q4. */
  readonly period: string;
  readonly slots: number;
  readonly met: number;
  /** met / slots to 4 decimals; null without slots. */
  readonly completeness: number | null;
  /** present / expected over the quarter's counted records to 4 decimals; null without one. */
  readonly attendance: number | null;
}

export const COVERAGE_WAYS = ['council', 'secretariat', 'joint', 'instructor'] as const;
export type CoverageWay = (typeof COVERAGE_WAYS)[number];

/** Whether the society is covered today, and every way it is. */
export interface CoverageToday {
  readonly covered: boolean;
  readonly how: readonly CoverageWay[];
}

/** What a view written before organisational life reads as: no organisation, nothing held. */
const NOTHING: SocietyLifeInputs = {
  seats: { council: null, secretariat: null },
  instructorPosts: [],
  records: [],
};

function lifeInput(societyId: string, life: SocietyLifeInputs): SocietyLifeInput {
  return {
    societyId,
    seats: life.seats,
    records: life.records.map((record, index) => ({
      ...record,
      recordId: String(index),
      societyId,
      withdrawn: false,
    })),
  };
}

export function lifeThisQuarter(
  life: SocietyLifeInputs | undefined,
  table: RequirementTable,
  today: string,
): LifeThisQuarter {
  const { year, quarter } = quarterOf(today);
  const society = lifeInput('society', life ?? NOTHING);
  const { slots, met, completeness } = quarterLife(society, table, year, quarter, today);
  const attendance = periodAttendance(society, { year, quarter }, today);
  return { period: `${year}Q${quarter}`, slots, met, completeness, attendance: attendance.rate };
}

export function coverageToday(life: SocietyLifeInputs | undefined, today: string): CoverageToday {
  const { seats, instructorPosts: instructors } = life ?? NOTHING;
  const coverage: CoverageOfSociety = coverageOf({ seats, instructors }, today);
  return { covered: coverage.covered, how: COVERAGE_WAYS.filter((way) => coverage[way]) };
}
