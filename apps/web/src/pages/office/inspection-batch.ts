/** A batch of inspections as the office's pages read it, its words, and the registers' names. */
import { get, getAll } from '../../api';
import type { Batch, InspectionCase } from '../society/inspection';
import type { MemberRow, SocietyRow } from './campaign-types';
import { PARTY_FORMS } from './office-words';

/** A society's inspection as GET /inspection-batches/{id}/societies/{societyId} answers it. */
export interface OfficeCase extends InspectionCase {
  readonly societyId: string;
  readonly visits: readonly { visitedOn: string; inspectorIds: string[]; note: string | null }[];
}

/** The path of a sampled society's inspection, and its read (at least at `minVersion`). */
export const casePath = (batchId: string, societyId: string) =>
  `/inspection-batches/${batchId}/societies/${societyId}`;
export const readCase = (path: string, minVersion = 0) =>
  get<OfficeCase>(`${path}${minVersion ? `?minVersion=${minVersion}` : ''}`);

/** What the batch's board counts of each sampled society's inspection. */
type Figure =
  'visits' | 'findings' | 'majorFindings' | 'items' | 'reported' | 'accepted' | 'overdue';

/** One sampled society with its progress, as GET /inspection-batches/{id} lists it. */
export interface Sampled extends Readonly<Record<Figure, number>> {
  readonly societyId: string;
  readonly how: 'drawn' | 'added';
  readonly drawOrder: number | null;
  readonly reason: string | null;
  readonly state: InspectionCase['state'];
}

/** The draw with all that lets anyone rerun it: the population in its order, the size and the seed. */
export interface Draw extends Readonly<Record<'seed' | 'algorithm' | 'drawnAt', string>> {
  readonly population: readonly string[];
  readonly societyIds: readonly string[];
  readonly sampleSize: number;
  readonly rerun: { readonly script: string; readonly document: string };
}

/** A batch in the list. */
export interface BatchRow extends Batch {
  readonly focus: readonly string[];
  readonly inspectorIds: readonly string[];
  readonly sampleSize: number;
  readonly drawn: number;
  readonly added: number;
  readonly drawnAt: string | null;
  readonly version: number;
}

export interface BatchDetail extends Batch {
  readonly focus: readonly string[];
  readonly inspectorIds: readonly string[];
  readonly sampleSize: number;
  readonly population: {
    readonly criterion: { readonly partyOrganisationForms: readonly string[] | null } | null;
    readonly recorded: string;
  };
  readonly draw: Draw | null;
  readonly sample: readonly Sampled[];
  readonly progress: {
    readonly societies: number;
    readonly visited: number;
    readonly closed: number;
  };
  readonly closedAt: string | null;
  readonly version: number;
}

export const BATCH_STATES: Record<Batch['status'], { label: string; tone: string }> = {
  planned: { label: '待抽取', tone: 'yellow' },
  drawn: { label: '督导中', tone: '' },
  closed: { label: '已结束', tone: 'green' },
};

/** Who may be drawn, in words: the party organisation forms, or every registered society. */
export function populationWords(population: BatchDetail['population']): string {
  const forms = population.criterion?.partyOrganisationForms;
  if (population.criterion === null) return population.recorded;
  if (!forms) return '全部已登记学会';
  return `党组织形式为${forms.map((form) => PARTY_FORMS[form] ?? form).join('、')}的学会`;
}

const byId = (rows: readonly { id: string; name: string }[]) =>
  new Map(rows.map((row) => [row.id, row.name]));

/** The names of the registers a batch refers to, by id; `registered`: the societies one may add. */
export async function registerNames() {
  const [societies, members] = await Promise.all([
    getAll<SocietyRow>('/societies?limit=200'),
    getAll<MemberRow>('/members?limit=200'),
  ]);
  return {
    societies: byId(societies),
    registered: byId(societies.filter((society) => society.status === 'registered')),
    members: byId(members),
  };
}

export type Registers = Awaited<ReturnType<typeof registerNames>>;

/** Inspectors by name, as a batch or a visit names them. */
export const inspectorNames = (registers: Registers | null, ids: readonly string[]): string =>
  ids.map((id) => registers?.members.get(id) ?? '（未登记的委员）').join('、');

/** A batch, read until it shows at least `minVersion` (the version a write answered). */
export function readBatch(id: string, minVersion = 0): Promise<BatchDetail> {
  return get<BatchDetail>(
    `/inspection-batches/${id}${minVersion ? `?minVersion=${minVersion}` : ''}`,
  );
}
