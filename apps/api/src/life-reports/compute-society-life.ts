import { SocietyNotFound } from '@pb/domain';
import {
  countingOrganisation,
  periodAttendance,
  periodLife,
  type Attendance,
  type LifePeriod,
  type OrganisationInput,
  type QuarterLife,
} from '@pb/projections';
import type { LifeReading, LifeSocietyInput } from './life-report.inputs';
import { periodAnswer, type PeriodAnswer, type ReportDay } from './life-report';

/** The organisation whose life counts, and the seat it sits at. */
export interface CountingOrganisation extends OrganisationInput {
  readonly seat: 'council' | 'secretariat';
}

/** A society's organisational life in a quarter or a year, measured up to the as-of day. */
export interface SocietyLifeFigures extends ReportDay {
  readonly societyId: string;
  readonly name: string;
  readonly registered: boolean;
  readonly period: PeriodAnswer;
  /** Null without an organisation at either seat: then there are no slots. */
  readonly organisation: CountingOrganisation | null;
  readonly tableIsDefault: boolean;
  readonly slots: number;
  readonly met: number;
  /** met / slots to 4 decimals; null without slots. */
  readonly completeness: number | null;
  readonly attendance: Attendance;
  /** Each quarter of the period with its slots and met slots per requirement. */
  readonly quarters: readonly QuarterLife[];
}

function organisationOf(society: LifeSocietyInput): CountingOrganisation | null {
  const organisation = countingOrganisation(society.seats);
  if (organisation === null) return null;
  const seat = organisation === society.seats.council ? 'council' : 'secretariat';
  return { seat, form: organisation.form, groups: organisation.groups };
}

/** A society's slots, met slots, completeness and attendance by the rules of life-slots. */
export function computeSocietyLife(
  reading: LifeReading,
  societyId: string,
  period: LifePeriod,
  day: ReportDay,
): SocietyLifeFigures {
  const society = reading.societies.find((s) => s.societyId === societyId);
  if (society === undefined) throw new SocietyNotFound(societyId);
  const life = periodLife(society, reading.table, period, day.asOfDate);
  return {
    ...day,
    societyId,
    name: society.name,
    registered: society.registered,
    period: periodAnswer(period),
    organisation: organisationOf(society),
    tableIsDefault: reading.tableIsDefault,
    slots: life.slots,
    met: life.met,
    completeness: life.completeness,
    attendance: periodAttendance(society, period, day.asOfDate),
    quarters: life.quarters,
  };
}
