import { rate, sum } from '@pb/common';
import {
  isWithin,
  measuredWindow,
  monthsBegun,
  quartersOf,
  type DateWindow,
  type LifePeriod,
  type Quarter,
} from './life-period.rules';
import type {
  LifeRecordInput,
  LifeRequirement,
  OrganisationInput,
  RequirementTable,
  SeatsInput,
} from './yearly-life.inputs';

/** A society's organisations and its records of organisational life (others' are ignored). */
export interface SocietyLifeInput {
  readonly societyId: string;
  readonly seats: SeatsInput;
  readonly records: readonly LifeRecordInput[];
}

/** Slots and met slots; completeness = met / slots to 4 decimals, null without slots. */
export interface LifeFigures {
  readonly slots: number;
  readonly met: number;
  readonly completeness: number | null;
}

export interface RequirementFigures extends LifeRequirement {
  readonly slots: number;
  readonly met: number;
}

export interface QuarterLife extends LifeFigures {
  readonly year: number;
  readonly quarter: Quarter;
  readonly requirements: readonly RequirementFigures[];
}

/** A quarter's figures, or a year's as the sum over its quarters. */
export interface PeriodLife extends LifeFigures {
  readonly period: LifePeriod;
  readonly quarters: readonly QuarterLife[];
}

export interface Attendance {
  readonly present: number;
  readonly expected: number;
  /** present / expected to 4 decimals; null without a counted record. */
  readonly rate: number | null;
}

const holds = (seat: OrganisationInput | null): seat is OrganisationInput =>
  seat !== null && seat.form !== 'none';

/** The organisation whose life counts: the council's if there is one, else the secretariat's. */
export function countingOrganisation(seats: SeatsInput): OrganisationInput | null {
  if (holds(seats.council)) return seats.council;
  return holds(seats.secretariat) ? seats.secretariat : null;
}

/** What the organisation must hold: its form's row, without group meetings where it has no groups. */
export function requirementsOf(
  organisation: OrganisationInput | null,
  table: RequirementTable,
): LifeRequirement[] {
  if (organisation === null) return [];
  const row = table.requirements[organisation.form] ?? [];
  return row.filter((req) => req.kind !== 'group-meeting' || organisation.groups);
}

/** Records that count in a window: the society's, not withdrawn, held in it. */
export function countedRecords(
  society: Pick<SocietyLifeInput, 'societyId' | 'records'>,
  window: DateWindow | null,
): LifeRecordInput[] {
  return society.records.filter(
    (record) =>
      record.societyId === society.societyId &&
      !record.withdrawn &&
      isWithin(record.heldOn, window),
  );
}

function figures(slots: number, met: number): LifeFigures {
  return { slots, met, completeness: rate(met, slots) };
}

/**
 * A quarter measured on `asOf`: a per-month requirement has `count` slots in each month
 * begun by then, a per-quarter one `count` slots once the quarter has begun; each slot is
 * met by one record of its kind held in its month (or quarter), extra records meet nothing.
 */
export function quarterLife(
  society: SocietyLifeInput,
  table: RequirementTable,
  year: number,
  quarter: Quarter,
  asOf: string,
): QuarterLife {
  const records = countedRecords(society, measuredWindow({ year, quarter }, asOf));
  // The records of each month begun, and of the quarter once it has begun.
  const byMonth = monthsBegun(year, quarter, asOf).map((month) =>
    records.filter((r) => r.heldOn.startsWith(month)),
  );
  const byQuarter = byMonth.length > 0 ? [records] : [];
  const requirements = requirementsOf(countingOrganisation(society.seats), table).map(
    (req): RequirementFigures => {
      const units = req.per === 'month' ? byMonth : byQuarter;
      const met = sum(units, (held) =>
        Math.min(held.filter((r) => r.kind === req.kind).length, req.count),
      );
      return { ...req, slots: units.length * req.count, met };
    },
  );
  const slots = sum(requirements, (req) => req.slots);
  const met = sum(requirements, (req) => req.met);
  return { year, quarter, ...figures(slots, met), requirements };
}

/** A quarter, or a year as the sum of its quarters' slots and met slots. */
export function periodLife(
  society: SocietyLifeInput,
  table: RequirementTable,
  period: LifePeriod,
  asOf: string,
): PeriodLife {
  const quarters = quartersOf(period).map((quarter) =>
    quarterLife(society, table, period.year, quarter, asOf),
  );
  const slots = sum(quarters, (q) => q.slots);
  const met = sum(quarters, (q) => q.met);
  return { period, ...figures(slots, met), quarters };
}

/** Present over expected across the records counted in the period up to `asOf`. */
export function periodAttendance(
  society: Pick<SocietyLifeInput, 'societyId' | 'records'>,
  period: LifePeriod,
  asOf: string,
): Attendance {
  const records = countedRecords(society, measuredWindow(period, asOf));
  const present = sum(records, (r) => r.present);
  const expected = sum(records, (r) => r.expected);
  return { present, expected, rate: rate(present, expected) };
}
