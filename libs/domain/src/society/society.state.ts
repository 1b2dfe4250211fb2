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

export interface PartyOrganisation {
  readonly form: PartyOrganisationForm;
  readonly secretary: string | null;
  readonly memberCount: number | null;
  readonly establishedOn: string | null;
}

export type SocietyState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered' | 'deregistered';
      readonly name: string;
      readonly kind: SocietyKind;
      readonly creditCode: string | null;
      readonly partyOrganisation: PartyOrganisation;
    };
