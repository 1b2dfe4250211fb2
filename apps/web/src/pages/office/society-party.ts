/** A society's party organisations and instructor, as the office's society page reads them. */
import { get } from '../../api';
import { readUntil } from './read-until';

export interface SeatedOrganisation {
  readonly form: string;
  readonly secretary: string | null;
  readonly memberCount: number | null;
  readonly establishedOn: string | null;
  readonly groups: boolean;
}

export interface SocietyParty {
  readonly id: string;
  readonly name: string;
  readonly status: 'registered' | 'deregistered';
  readonly organisations: {
    readonly council: SeatedOrganisation | null;
    readonly secretariat: SeatedOrganisation | null;
  };
  readonly instructor: { name: string; memberId: string | null; since: string } | null;
  readonly version: number;
}

export interface Coverage {
  readonly covered: boolean;
  readonly how: readonly string[];
}

/** 学会党委 and 办事机构党组织, the two seats an organisation is recorded at. */
export const SEATS: Record<'council' | 'secretariat', string> = {
  council: '学会党委',
  secretariat: '办事机构党组织',
};

/** The ways a society is covered (docs/organisational-life.md, 组织覆盖). */
export const COVERAGE_WAYS: Record<string, string> = {
  council: '学会党委',
  secretariat: '办事机构党组织',
  joint: '联合党支部',
  instructor: '党建指导员在任',
};

/** The society as written at `version` or later (the view follows the write by a moment). */
export const societyAt = (id: string, version = 0) =>
  get<SocietyParty>(`/societies/${id}${version ? `?minVersion=${version}` : ''}`);

/**
 * Today's coverage, read again until it shows the society as last written (the
 * organisation whose form counts, the instructor in post today): the status is a view of
 * its own, with no version to wait for.
 */
export function coverageOf(society: SocietyParty, today: string): Promise<Coverage> {
  const { council, secretariat } = society.organisations;
  const form = (council ?? secretariat)?.form ?? 'none';
  const posted = society.instructor !== null && society.instructor.since <= today;
  return readUntil(
    () =>
      get<{ partyOrganisationForm: string; coverage: Coverage }>(`/societies/${society.id}/status`),
    (status) =>
      status.partyOrganisationForm === form &&
      status.coverage.how.includes('instructor') === posted,
  ).then((status) => status.coverage);
}
