import type {
  LectureStatus,
  PartyOrganisationForm,
  RectificationStatus,
  ServiceTaskStatus,
} from '@pb/domain';

/*
 * What the rules of organisational life, the two coverages and the vitality score read:
 * plain figures that the views and reports take from their documents. Every date is a
 * YYYY-MM-DD calendar date in the federation's time zone; an instant (an acceptance, an
 * evaluation) is turned into its date by the caller before it reaches a rule.
 */

export type LifeKind =
  'member-assembly' | 'committee-meeting' | 'group-meeting' | 'party-lecture' | 'theme-day';

/** `count` meetings of a kind in each month, or in each quarter. */
export interface LifeRequirement {
  readonly kind: LifeKind;
  readonly per: 'month' | 'quarter';
  readonly count: number;
}

/** The requirements of one year: a form without an entry (`work-group`, `none`) has none. */
export interface RequirementTable {
  readonly requirements: Readonly<
    Partial<Record<PartyOrganisationForm, readonly LifeRequirement[]>>
  >;
  readonly redListSize: number;
  readonly blackListSize: number;
}

/** A party organisation at one seat; `groups`: it has party groups (党小组). */
export interface OrganisationInput {
  readonly form: PartyOrganisationForm;
  readonly groups: boolean;
}

/** The organisations at a society's council (学会党委) and secretariat (办事机构党组织). */
export interface SeatsInput {
  readonly council: OrganisationInput | null;
  readonly secretariat: OrganisationInput | null;
}

/** A record of organisational life as last corrected: its kind and date are the latest ones. */
export interface LifeRecordInput {
  readonly recordId: string;
  readonly societyId: string;
  readonly kind: LifeKind;
  readonly heldOn: string;
  readonly present: number;
  readonly expected: number;
  readonly withdrawn: boolean;
}

/** A society as a list names it. */
export interface NamedSociety {
  readonly societyId: string;
  readonly name: string;
}

export interface SocietyInput extends NamedSociety {
  readonly registered: boolean;
}

/** One posting of a party-building instructor (党建指导员); `recalledOn` null while in post. */
export interface InstructorPostInput {
  readonly since: string;
  readonly recalledOn: string | null;
}

/** A campaign the society is assigned in, with its period and its per-society targets. */
export interface AssignedCampaignInput {
  readonly campaignId: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly lecturesPerSociety: number;
  readonly serviceTasksPerSociety: number;
}

export interface LectureInput {
  readonly lectureId: string;
  readonly societyId: string;
  readonly campaignId: string;
  readonly status: LectureStatus;
  /** From the latest delivery record; null before delivery. */
  readonly deliveredOn: string | null;
}

export interface ServiceTaskInput {
  readonly taskId: string;
  readonly societyId: string;
  readonly status: ServiceTaskStatus;
  /** The day the office accepted it (受理); null while proposed. */
  readonly acceptedOn: string | null;
  readonly completedOn: string | null;
  /** Every evaluation, oldest first, each on the day it was given. */
  readonly evaluations: readonly { readonly rating: number; readonly on: string }[];
}

export interface RectificationInput {
  readonly itemId: string;
  readonly dueOn: string;
  readonly status: RectificationStatus;
  /** The day it was accepted (销号); null until then. */
  readonly acceptedOn: string | null;
}

/** Whole numbers that add up to 100, one per component of the vitality score. */
export interface VitalityWeights {
  readonly lifeCompleteness: number;
  readonly attendance: number;
  readonly lectures: number;
  readonly serviceTasks: number;
  readonly rectifications: number;
  readonly stars: number;
}
