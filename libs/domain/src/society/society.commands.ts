import type { PartyOrganisationForm, PartySeat, SocietyKind } from './society.state';

export interface RegisterSociety {
  readonly type: 'RegisterSociety';
  readonly societyId: string;
  readonly name: string;
  readonly kind: SocietyKind;
  readonly creditCode?: string;
  /** 学会简称, the name people use day to day. */
  readonly shortName?: string;
}

export interface RenameSociety {
  readonly type: 'RenameSociety';
  readonly societyId: string;
  readonly name: string;
  readonly reason?: string;
}

/** Replaces what sits at the seat named; form `none` empties it. */
export interface RecordPartyOrganisation {
  readonly type: 'RecordPartyOrganisation';
  readonly societyId: string;
  readonly seat: PartySeat;
  readonly form: PartyOrganisationForm;
  /** Whether it has 党小组; false when left out. */
  readonly groups?: boolean;
  readonly secretary?: string;
  readonly memberCount?: number;
  /** The date the organisation was set up, YYYY-MM-DD. */
  readonly establishedOn?: string;
}

export interface DeregisterSociety {
  readonly type: 'DeregisterSociety';
  readonly societyId: string;
  readonly reason: string;
}

/** 派驻党建指导员: one at a time. */
export interface SendPartyBuildingInstructor {
  readonly type: 'SendPartyBuildingInstructor';
  readonly societyId: string;
  readonly instructorName: string;
  /** When the instructor is a committee member. */
  readonly memberId?: string;
  /** YYYY-MM-DD. */
  readonly since: string;
}

export interface RecallPartyBuildingInstructor {
  readonly type: 'RecallPartyBuildingInstructor';
  readonly societyId: string;
  /** YYYY-MM-DD, not before the instructor was sent. */
  readonly on: string;
  readonly reason: string;
}

export type SocietyCommand =
  | RegisterSociety
  | RenameSociety
  | RecordPartyOrganisation
  | DeregisterSociety
  | SendPartyBuildingInstructor
  | RecallPartyBuildingInstructor;
