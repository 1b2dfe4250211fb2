import type { PartyOrganisationForm, SocietyKind } from './society.state';

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

export interface RecordPartyOrganisation {
  readonly type: 'RecordPartyOrganisation';
  readonly societyId: string;
  readonly form: PartyOrganisationForm;
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

export type SocietyCommand =
  RegisterSociety | RenameSociety | RecordPartyOrganisation | DeregisterSociety;
