import { inChineseOrder } from '@pb/common';
import type {
  InstructorPostInput,
  NamedSociety,
  OrganisationInput,
  SeatsInput,
  SocietyInput,
} from './yearly-life.inputs';

/** A society as organisation coverage reads it: its two seats and its instructors' postings. */
export interface CoverageSocietyInput extends SocietyInput {
  readonly seats: SeatsInput;
  readonly instructors: readonly InstructorPostInput[];
}

/** How a society is covered on a day; `covered` when any of the four holds. */
export interface CoverageOfSociety {
  readonly council: boolean;
  readonly secretariat: boolean;
  readonly joint: boolean;
  readonly instructor: boolean;
  readonly covered: boolean;
}

/** How many registered societies a coverage counts, and those it misses, in zh-CN order. */
export interface CoverageTally {
  readonly registered: number;
  readonly covered: number;
  readonly uncovered: readonly NamedSociety[];
}

/**
 * 组织覆盖 on a day. A society with both seats counts in both; `otherMeans` (and its parts
 * `joint`, `instructor`) counts only those with neither seat.
 */
export interface CoverageReport extends CoverageTally {
  readonly on: string;
  readonly council: number;
  readonly secretariat: number;
  readonly otherMeans: number;
  readonly joint: number;
  readonly instructor: number;
}

// A joint branch covers the society as a joint organisation, not as the seat it sits at.
const ownOrganisation = (seat: OrganisationInput | null) =>
  seat !== null && seat.form !== 'none' && seat.form !== 'joint-branch';

/** In post from the day sent until the day recalled, that day no longer. */
export function instructorInPost(posts: readonly InstructorPostInput[], day: string): boolean {
  return posts.some(
    (post) => post.since <= day && (post.recalledOn === null || day < post.recalledOn),
  );
}

export function coverageOf(
  society: Pick<CoverageSocietyInput, 'seats' | 'instructors'>,
  day: string,
): CoverageOfSociety {
  const { council, secretariat } = society.seats;
  const figures = {
    council: ownOrganisation(council),
    secretariat: ownOrganisation(secretariat),
    joint: council?.form === 'joint-branch' || secretariat?.form === 'joint-branch',
    instructor: instructorInPost(society.instructors, day),
  };
  return { ...figures, covered: Object.values(figures).some(Boolean) };
}

export function coverageReport(
  societies: readonly CoverageSocietyInput[],
  day: string,
): CoverageReport {
  const registered = societies.filter((society) => society.registered);
  const read = registered.map((society) => ({ society, coverage: coverageOf(society, day) }));
  const count = (holds: (coverage: CoverageOfSociety) => boolean) =>
    read.filter(({ coverage }) => holds(coverage)).length;
  const other = (coverage: CoverageOfSociety) => !coverage.council && !coverage.secretariat;
  const uncovered = read.filter(({ coverage }) => !coverage.covered).map(({ society }) => society);
  return {
    on: day,
    registered: registered.length,
    council: count((c) => c.council),
    secretariat: count((c) => c.secretariat),
    otherMeans: count((c) => other(c) && c.covered),
    joint: count((c) => other(c) && c.joint),
    instructor: count((c) => other(c) && c.instructor),
    covered: count((c) => c.covered),
    uncovered: inChineseOrder(
      uncovered,
      (s) => s.name,
      (s) => s.societyId,
    ).map(({ societyId, name }) => ({ societyId, name })),
  };
}
