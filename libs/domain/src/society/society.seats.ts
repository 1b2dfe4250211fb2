import type { PartyOrganisationRecorded } from './society.events';
import type { OrganisationsBySeat, SeatedOrganisation } from './society.state';

export const NO_ORGANISATIONS: OrganisationsBySeat = { council: null, secretariat: null };

/**
 * The seats after a party organisation was recorded. A record with a seat replaces that
 * seat only (form `none` empties it). A record without one (`seat: null`, version 1) kept its
 * old meaning, the society's one organisation: it replaces both seats and sits at the
 * council when it is a committee, at the secretariat otherwise.
 */
export function seatOrganisation(
  seats: OrganisationsBySeat,
  recorded: PartyOrganisationRecorded['data'],
): OrganisationsBySeat {
  const { seat, form, secretary, memberCount, establishedOn, groups } = recorded;
  const organisation: SeatedOrganisation | null =
    form === 'none' ? null : { form, secretary, memberCount, establishedOn, groups };
  if (seat !== null) return { ...seats, [seat]: organisation };
  if (organisation === null) return NO_ORGANISATIONS;
  return form === 'committee'
    ? { council: organisation, secretariat: null }
    : { council: null, secretariat: organisation };
}

/** The organisation whose meetings count: the council's if any, else the secretariat's. */
export function countingOrganisation(seats: OrganisationsBySeat): SeatedOrganisation | null {
  return seats.council ?? seats.secretariat;
}
