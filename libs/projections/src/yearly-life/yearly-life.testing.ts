import type { LectureStatus, ServiceTaskStatus } from '@pb/domain';
import type { VitalitySocietyInput } from './vitality.rules';
import type {
  LectureInput,
  LifeKind,
  LifeRecordInput,
  OrganisationInput,
  RequirementTable,
  ServiceTaskInput,
} from './yearly-life.inputs';

/** The default table of the design: the same row for the four forms with requirements. */
const ROW = [
  { kind: 'member-assembly', per: 'quarter', count: 1 },
  { kind: 'committee-meeting', per: 'month', count: 1 },
  { kind: 'group-meeting', per: 'month', count: 1 },
  { kind: 'party-lecture', per: 'quarter', count: 1 },
  { kind: 'theme-day', per: 'month', count: 1 },
] as const;

export const TABLE: RequirementTable = {
  requirements: { committee: ROW, 'general-branch': ROW, branch: ROW, 'joint-branch': ROW },
  redListSize: 10,
  blackListSize: 10,
};

export const org = (form: OrganisationInput['form'], groups = false): OrganisationInput => ({
  form,
  groups,
});

let nextId = 0;

/** A record of a society, counted unless `withdrawn`. */
export function record(
  societyId: string,
  kind: LifeKind,
  heldOn: string,
  present = 9,
  expected = 10,
  withdrawn = false,
): LifeRecordInput {
  nextId += 1;
  return { recordId: `r${nextId}`, societyId, kind, heldOn, present, expected, withdrawn };
}

/** The records that meet every default requirement of a quarter, one meeting each. */
export function fullQuarter(societyId: string, year: number, quarter: 1 | 2 | 3 | 4, present = 9) {
  const month = (offset: number) =>
    `${year}-${String((quarter - 1) * 3 + 1 + offset).padStart(2, '0')}-10`;
  return [
    record(societyId, 'member-assembly', month(0), present),
    record(societyId, 'party-lecture', month(1), present),
    ...[0, 1, 2].flatMap((offset) =>
      (['committee-meeting', 'group-meeting', 'theme-day'] as const).map((kind) =>
        record(societyId, kind, month(offset), present),
      ),
    ),
  ];
}

export function lecture(
  societyId: string,
  campaignId: string,
  status: LectureStatus,
  deliveredOn: string | null,
): LectureInput {
  nextId += 1;
  return { lectureId: `l${nextId}`, societyId, campaignId, status, deliveredOn };
}

export function task(
  societyId: string,
  status: ServiceTaskStatus,
  days: Partial<Pick<ServiceTaskInput, 'acceptedOn' | 'completedOn' | 'evaluations'>>,
): ServiceTaskInput {
  nextId += 1;
  return {
    taskId: `t${nextId}`,
    societyId,
    status,
    acceptedOn: days.acceptedOn ?? null,
    completedOn: days.completedOn ?? null,
    evaluations: days.evaluations ?? [],
  };
}

/** A registered society with no organisation and nothing recorded; its id is its name. */
export function idleSociety(name: string): VitalitySocietyInput {
  return {
    societyId: name,
    name,
    registered: true,
    seats: { council: null, secretariat: null },
    records: [],
    campaigns: [],
    lectures: [],
    tasks: [],
    rectifications: [],
    ratings: [],
  };
}
