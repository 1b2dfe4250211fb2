import {
  PARTY_ORGANISATION_FORMS,
  type PartyOrganisationForm,
  type SocietyState,
} from '../society/society.state';

/**
 * Who a batch may draw, as data, so that the draw can list the population itself: every
 * registered society, or those whose party organisation has one of the forms named (e.g.
 * only societies with a party committee, `committee`).
 */
export interface PopulationCriterion {
  /** null: every registered society, whatever its party organisation. */
  readonly partyOrganisationForms: readonly PartyOrganisationForm[] | null;
}

/**
 * The criterion as the batch records it (`populationCriterion` of InspectionBatchPlanned):
 * canonical JSON, the forms in their listed order without repeats, so that the same criterion
 * always reads the same in the event.
 */
export function populationCriterionText(criterion: PopulationCriterion): string {
  const named = criterion.partyOrganisationForms;
  const forms = named === null ? null : PARTY_ORGANISATION_FORMS.filter((f) => named.includes(f));
  return JSON.stringify({ partyOrganisationForms: forms });
}

/** The criterion a batch recorded; null for a text that is not one (words written by hand). */
export function parsePopulationCriterion(text: string): PopulationCriterion | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('partyOrganisationForms' in value))
    return null;
  const forms: unknown = value.partyOrganisationForms;
  if (forms === null) return { partyOrganisationForms: null };
  if (!Array.isArray(forms)) return null;
  const known = PARTY_ORGANISATION_FORMS.filter((form) => forms.includes(form));
  return known.length === forms.length ? { partyOrganisationForms: known } : null;
}

/** Whether a society, as the register holds it at the draw, belongs to the population. */
export function inPopulation(criterion: PopulationCriterion, society: SocietyState): boolean {
  if (society.status !== 'registered') return false;
  const forms = criterion.partyOrganisationForms;
  return forms === null || forms.includes(society.partyOrganisation.form);
}
