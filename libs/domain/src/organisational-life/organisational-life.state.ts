import type { Evidence } from '../shared/evidence';
/**
 * 三会一课 and 主题党日: 党员大会, 支委会 (or 党委会), 党小组会, 党课, 主题党日.
 * A group meeting is required only where the organisation has groups.
 */
export const ORGANISATIONAL_LIFE_KINDS = [
  'member-assembly',
  'committee-meeting',
  'group-meeting',
  'party-lecture',
  'theme-day',
] as const;
export type OrganisationalLifeKind = (typeof ORGANISATIONAL_LIFE_KINDS)[number];

/** What a record says of one meeting; a correction gives all of it again. */
export interface LifeRecord {
  readonly kind: OrganisationalLifeKind;
  /** YYYY-MM-DD. */
  readonly heldOn: string;
  readonly topic: string;
  /** Who hosted it: personal data. */
  readonly host: string;
  readonly present: number;
  readonly expected: number;
  /** Minutes, sign-in sheets, photos: files kept by the system (references before version 2). */
  readonly evidence: readonly Evidence[];
}

export type OrganisationalLifeState =
  | { readonly status: 'none' }
  | {
      /** A withdrawn record stays in the history but counts for nothing. */
      readonly status: 'recorded' | 'withdrawn';
      readonly recordId: string;
      readonly societyId: string;
      readonly record: LifeRecord;
    };
