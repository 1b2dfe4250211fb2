import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  DEFAULT_VITALITY_WEIGHTS,
  OrganisationalLifeNotFound,
} from '@pb/domain';
import {
  lifeRequirementsProjection,
  organisationalLifeProjection,
  ReadModelStore,
  vitalityWeightsProjection,
  type LifeRequirementsView,
  type OrganisationalLifeView,
  type Scalar,
  type VitalityWeightsView,
} from '@pb/projections';
import { waitUntilFresh } from '../application/freshness';
import { Forbidden } from '../auth/auth-errors';
import type { Principal } from '../auth/principal';
import type { LifeRecordListQuery } from './organisational-life.query.dto';

const DEFAULT_LIMIT = 100;

/** The society whose records a caller lists: a society its own, whatever it names. */
function societyListed(caller: Principal, named: string | undefined): string | undefined {
  if (caller.role !== 'society') return named;
  if (named !== undefined && named !== caller.societyId)
    throw new Forbidden('a society reads its own records only');
  return caller.societyId ?? undefined;
}

/** A record as clients read it: every field, the status and the history of changes. */
export function presentRecord(view: OrganisationalLifeView) {
  const { _id, _version, _position, ...record } = view;
  return { id: view.recordId, ...record };
}

type TableView = LifeRequirementsView | VitalityWeightsView;

/** What the organisational life routes read: records, and the yearly tables in force. */
@Injectable()
export class OrganisationalLifeReads {
  constructor(@Inject(ReadModelStore) private readonly views: ReadModelStore) {}

  async record(caller: Principal, recordId: string, minVersion: number | null) {
    const read = () =>
      this.views.get<OrganisationalLifeView>(organisationalLifeProjection.spec.name, recordId);
    const view =
      minVersion === null
        ? await read()
        : await waitUntilFresh(read, (v) => (v?.version ?? 0) >= minVersion);
    if (!view) throw new OrganisationalLifeNotFound(recordId);
    if (caller.role === 'society' && caller.societyId !== view.societyId)
      throw new Forbidden('a society reads its own records only');
    return view;
  }

  async list(caller: Principal, query: LifeRecordListQuery) {
    // the most selective field first: the one an index serves
    const where: Record<string, Scalar> = {};
    const societyId = societyListed(caller, query.societyId);
    if (societyId !== undefined) where.societyId = societyId;
    if (query.year !== undefined) where.year = query.year;
    if (query.quarter !== undefined) where.quarter = query.quarter;
    if (query.kind !== undefined) where.kind = query.kind;
    if (query.withdrawn !== undefined) where.withdrawn = query.withdrawn;
    const page = await this.views.find<OrganisationalLifeView>(
      organisationalLifeProjection.spec.name,
      {
        where,
        orderBy: { field: 'heldOn', direction: 'asc' },
        limit: query.limit ?? DEFAULT_LIMIT,
        after: query.cursor ?? null,
      },
    );
    return { items: page.items.map(presentRecord), next: page.next };
  }

  /** The requirement table in force for a year: the one set, else the default. */
  async lifeRequirements(year: number, minVersion: number | null) {
    const set = await this.table<LifeRequirementsView>(
      lifeRequirementsProjection.spec.name,
      year,
      minVersion,
    );
    if (set === null) return { year, ...DEFAULT_LIFE_REQUIREMENTS, ...unset };
    const { requirements, redListSize, blackListSize } = set;
    return { year, requirements, redListSize, blackListSize, ...setBy(set) };
  }

  /** The vitality weights in force for a year: the ones set, else the default. */
  async vitalityWeights(year: number, minVersion: number | null) {
    const set = await this.table<VitalityWeightsView>(
      vitalityWeightsProjection.spec.name,
      year,
      minVersion,
    );
    if (set === null) return { year, weights: DEFAULT_VITALITY_WEIGHTS, ...unset };
    return { year, weights: set.weights, ...setBy(set) };
  }

  private async table<T extends TableView>(
    collection: string,
    year: number,
    minVersion: number | null,
  ): Promise<T | null> {
    const read = () => this.views.get<T>(collection, String(year));
    return minVersion === null
      ? read()
      : waitUntilFresh(read, (v) => (v?.version ?? 0) >= minVersion);
  }
}

const unset = { isDefault: true, version: 0, setAt: null, updatedAt: null } as const;

function setBy(view: TableView) {
  return { isDefault: false, version: view.version, setAt: view.setAt, updatedAt: view.updatedAt };
}
