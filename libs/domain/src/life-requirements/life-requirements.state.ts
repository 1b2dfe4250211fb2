import type { OrganisationalLifeKind } from '../organisational-life/organisational-life.state';

/** The organisation forms that hold organisational life; `work-group` and `none` have none. */
export const FORMS_WITH_REQUIREMENTS = [
  'committee',
  'general-branch',
  'branch',
  'joint-branch',
] as const;
export type FormWithRequirements = (typeof FORMS_WITH_REQUIREMENTS)[number];

export const LIFE_PERIODS = ['month', 'quarter'] as const;
export type LifePeriod = (typeof LIFE_PERIODS)[number];

/** E.g. committee-meeting, 1 per month. */
export interface LifeRequirement {
  readonly kind: OrganisationalLifeKind;
  readonly per: LifePeriod;
  readonly count: number;
}

export type LifeRequirementsByForm = Readonly<
  Record<FormWithRequirements, readonly LifeRequirement[]>
>;

/** A year's table: what each form must hold, and how many stand on the quarterly lists. */
export interface LifeRequirementTable {
  readonly requirements: LifeRequirementsByForm;
  /** 红榜: the first this many with every requirement met. */
  readonly redListSize: number;
  /** 黑榜: the first this many furthest behind. */
  readonly blackListSize: number;
}

export type LifeRequirementsState =
  | { readonly status: 'none' }
  | ({ readonly status: 'set'; readonly year: number } & LifeRequirementTable);
