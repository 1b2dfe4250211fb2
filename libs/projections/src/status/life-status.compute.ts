import { DEFAULT_LIFE_REQUIREMENTS, type SeatedOrganisation } from '@pb/domain';
import {
  organisationalLifeProjection,
  type OrganisationalLifeView,
} from '../entities/organisational-life.view';
import type { SocietyView } from '../entities/society.view';
import {
  lifeRequirementsProjection,
  type LifeRequirementsView,
} from '../entities/yearly-tables.view';
import type { ReadModelStore } from '../read-model-store.port';
import type { OrganisationInput, RequirementTable } from '../yearly-life/yearly-life.inputs';
import type { CountedLifeRecord, SocietyLifeInputs } from './status.documents';
import { byKey } from './yearly-status.compute';

const ALL = 100_000;

type LifeRecordFields = Pick<
  OrganisationalLifeView,
  'recordId' | 'kind' | 'heldOn' | 'present' | 'expected' | 'withdrawn'
>;

const RECORD_FIELDS = ['recordId', 'kind', 'heldOn', 'present', 'expected', 'withdrawn'] as const;

const formOf = (seat: SeatedOrganisation | null): OrganisationInput | null =>
  seat && { form: seat.form, groups: seat.groups };

const yearOf = (record: LifeRecordFields) => Number(record.heldOn.slice(0, 4));

/** The inputs of a society's organisational life and coverage (see SocietyLifeInputs). */
export function societyLifeInputs(
  society: Pick<SocietyView, 'organisations' | 'instructorPosts'>,
  records: readonly LifeRecordFields[],
): SocietyLifeInputs {
  const counted = records.filter((record) => !record.withdrawn);
  const latest = Math.max(...counted.map(yearOf));
  return {
    seats: {
      council: formOf(society.organisations.council),
      secretariat: formOf(society.organisations.secretariat),
    },
    instructorPosts: society.instructorPosts.map(({ since, recalledOn }) => ({
      since,
      recalledOn,
    })),
    records: counted
      .filter((record) => yearOf(record) >= latest - 1)
      .sort(byKey((record) => `${record.heldOn}:${record.recordId}`))
      .map(({ heldOn, kind, present, expected }): CountedLifeRecord => ({
        heldOn,
        kind,
        present,
        expected,
      })),
  };
}

/** Reads what societyLifeInputs needs besides the society: its records, the counted fields only. */
export async function readSocietyLife(
  views: ReadModelStore,
  society: SocietyView,
): Promise<SocietyLifeInputs> {
  const records = await views.find<OrganisationalLifeView>(organisationalLifeProjection.spec.name, {
    where: { societyId: society.societyId },
    fields: RECORD_FIELDS,
    limit: ALL,
    unordered: true,
  });
  return societyLifeInputs(society, records.items);
}

/** The requirement table in force for a year: the one the office set, else the default. */
export async function requirementTableIn(
  views: ReadModelStore,
  year: number,
): Promise<RequirementTable> {
  const set = await views.get<LifeRequirementsView>(
    lifeRequirementsProjection.spec.name,
    String(year),
  );
  if (set === null) return DEFAULT_LIFE_REQUIREMENTS;
  const { requirements, redListSize, blackListSize } = set;
  return { requirements, redListSize, blackListSize };
}
