import { compareChinese, compareCodeUnits } from '@pb/common';
import type { Quarter } from './life-period.rules';
import { periodAttendance, quarterLife, type SocietyLifeInput } from './life-slots.rules';
import type { NamedSociety, RequirementTable, SocietyInput } from './yearly-life.inputs';

/** A society's organisational life in a quarter as the red and black lists weigh it. */
export interface LifeStanding extends NamedSociety {
  readonly slots: number;
  readonly met: number;
  readonly completeness: number | null;
  readonly attendance: number | null;
}

/** 红黑榜: the red list first, best first; the black list furthest behind first. */
export interface RedAndBlackLists {
  readonly red: readonly LifeStanding[];
  readonly black: readonly LifeStanding[];
}

/** The standings of the registered societies in a quarter measured on `asOf`. */
export function quarterStandings(
  societies: readonly (SocietyInput & SocietyLifeInput)[],
  table: RequirementTable,
  year: number,
  quarter: Quarter,
  asOf: string,
): LifeStanding[] {
  return societies
    .filter((society) => society.registered)
    .map((society) => {
      const { slots, met, completeness } = quarterLife(society, table, year, quarter, asOf);
      const attendance = periodAttendance(society, { year, quarter }, asOf).rate;
      return {
        societyId: society.societyId,
        name: society.name,
        slots,
        met,
        completeness,
        attendance,
      };
    });
}

const byName = (a: LifeStanding, b: LifeStanding) =>
  compareChinese(a.name, b.name) || compareCodeUnits(a.societyId, b.societyId);

// A society with slots and no counted record has no attendance: it weighs as none at all.
const attendanceOf = (standing: LifeStanding) => standing.attendance ?? 0;

/**
 * Red: every slot met, by attendance, highest first. Black: the others with slots, by
 * completeness then attendance, lowest first, skipping any on the red list. Ties go by
 * name in zh-CN order; each list is cut at its size. A society without slots is on neither.
 */
export function redAndBlackLists(
  standings: readonly LifeStanding[],
  sizes: Pick<RequirementTable, 'redListSize' | 'blackListSize'>,
): RedAndBlackLists {
  const withSlots = standings.filter((standing) => standing.slots > 0);
  const red = withSlots
    .filter((standing) => standing.met === standing.slots)
    .sort((a, b) => attendanceOf(b) - attendanceOf(a) || byName(a, b))
    .slice(0, sizes.redListSize);
  const onRed = new Set(red.map((standing) => standing.societyId));
  const black = withSlots
    .filter((standing) => !onRed.has(standing.societyId))
    .sort(
      (a, b) =>
        (a.completeness ?? 0) - (b.completeness ?? 0) ||
        attendanceOf(a) - attendanceOf(b) ||
        byName(a, b),
    )
    .slice(0, sizes.blackListSize);
  return { red, black };
}
