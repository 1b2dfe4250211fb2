export const SOCIETY_KINDS = ['society', 'association', 'research-society'] as const;
export type SocietyKind = (typeof SOCIETY_KINDS)[number];

export const PARTY_ORGANISATION_FORMS = [
  'committee',
  'general-branch',
  'branch',
  'joint-branch',
  'work-group',
  'none',
] as const;
export type PartyOrganisationForm = (typeof PARTY_ORGANISATION_FORMS)[number];

/** Where an organisation sits: 学会党委 at the council, 办事机构党组织 at the secretariat. */
export const PARTY_SEATS = ['council', 'secretariat'] as const;
export type PartySeat = (typeof PARTY_SEATS)[number];

export interface PartyOrganisation {
  readonly form: PartyOrganisationForm;
  readonly secretary: string | null;
  readonly memberCount: number | null;
  readonly establishedOn: string | null;
}

/** An organisation at one seat; `groups` says it has 党小组, so group meetings are required. */
export interface SeatedOrganisation extends PartyOrganisation {
  readonly groups: boolean;
}

/** What sits at each seat; null where nothing does (form `none` is never kept). */
export type OrganisationsBySeat = Readonly<Record<PartySeat, SeatedOrganisation | null>>;

/** 党建指导员: sent in to a society, covering it when it has no organisation of its own. */
export interface PartyBuildingInstructor {
  /** Personal data: shown only where needed, never logged. */
  readonly name: string;
  /** The committee member sent, or null when the instructor is not one. */
  readonly memberId: string | null;
  /** YYYY-MM-DD. */
  readonly since: string;
}

export type SocietyState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered' | 'deregistered';
      readonly name: string;
      readonly kind: SocietyKind;
      readonly creditCode: string | null;
      /** The latest record, whatever its seat: what readers before seats were told. */
      readonly partyOrganisation: PartyOrganisation;
      readonly organisations: OrganisationsBySeat;
      /** The instructor in post, or null. */
      readonly instructor: PartyBuildingInstructor | null;
      /** The day the last instructor was recalled: a new one is not sent before it. */
      readonly instructorRecalledOn: string | null;
    };
