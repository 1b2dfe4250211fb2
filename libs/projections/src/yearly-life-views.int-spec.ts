import { buildEnvelopes } from '@pb/contracts';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  DEFAULT_VITALITY_WEIGHTS,
  type DomainEvent,
  type OrganisationalLifeEvent,
} from '@pb/domain';
import { GENESIS_HASH, SqliteEventStore, type EventStore } from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../test/support/servers';
import { checkConsistency } from './consistency';
import type { OrganisationalLifeView } from './entities/organisational-life.view';
import type { SocietyView } from './entities/society.view';
import type { LifeRequirementsView, VitalityWeightsView } from './entities/yearly-tables.view';
import { MongoReadModelStore } from './mongodb/mongo-read-model-store';
import { ENTITY_PROJECTIONS, openProjector } from './projection.registry';
import type { ReadModelStore } from './read-model-store.port';
import { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';

const societyId = 'a1b2c3d4-0000-4000-8000-000000000001';
const records = ['r1', 'r2', 'r3'];

/** Appends one stream's events, a commit each; `v1` lists the seqs stored at schema version 1. */
async function appendStream(
  store: EventStore,
  streamId: string,
  events: readonly DomainEvent[],
  v1: readonly number[] = [],
) {
  let prevHash = GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    const seq = i + 1;
    const at = `2026-05-0${seq}T02:00:00.000Z`;
    const commit = { streamId, seq, occurredAt: at, recordedAt: at, actor: 'office' };
    const ids = {
      correlationId: 'c',
      causationId: 'c',
      federationId: 'f',
      commandId: streamId + seq,
    };
    const [built] = buildEnvelopes([event], { ...commit, ...ids }, () => `${streamId}-e${seq}`);
    const envelope = v1.includes(seq) ? { ...built!, schemaVersion: 1 } : built!;
    const stored = await store.append({
      streamId,
      seq,
      commandId: ids.commandId,
      commandType: 'x',
      actor: 'office',
      recordedAt: at,
      events: [envelope],
      prevHash,
    });
    prevHash = stored.hash;
  }
}

const meeting = (recordId: string, kind: 'theme-day' | 'member-assembly', heldOn: string) => ({
  recordId,
  societyId,
  kind,
  heldOn,
  topic: '学习党章',
  host: '王芳',
  present: 9,
  expected: 10,
  evidence: [],
});

async function writeHistory(store: EventStore) {
  await appendStream(
    store,
    `society-${societyId}`,
    [
      {
        type: 'SocietyRegistered',
        data: {
          societyId,
          name: '天津市化工学会',
          kind: 'society',
          creditCode: null,
          shortName: null,
        },
      },
      // stored before seats: the society's one organisation, a branch at the secretariat
      {
        type: 'PartyOrganisationRecorded',
        data: { societyId, form: 'branch', secretary: null, memberCount: 8, establishedOn: null },
      },
      {
        type: 'PartyBuildingInstructorSent',
        data: { societyId, instructorName: '刘洋', memberId: null, since: '2026-04-01' },
      },
    ],
    [2],
  );
  const lives: OrganisationalLifeEvent[][] = [
    [{ type: 'OrganisationalLifeRecorded', data: meeting('r1', 'theme-day', '2026-04-20') }],
    [
      { type: 'OrganisationalLifeRecorded', data: meeting('r2', 'theme-day', '2026-03-30') },
      {
        type: 'OrganisationalLifeCorrected',
        data: { ...meeting('r2', 'member-assembly', '2026-04-02'), reason: '日期有误' },
      },
    ],
    [
      { type: 'OrganisationalLifeRecorded', data: meeting('r3', 'theme-day', '2026-05-06') },
      { type: 'OrganisationalLifeWithdrawn', data: { recordId: 'r3', societyId, reason: '重复' } },
    ],
  ];
  for (const [i, events] of lives.entries())
    await appendStream(store, `organisational-life-${records[i]}`, events);
  await appendStream(store, 'life-requirements-y2026', [
    {
      type: 'LifeRequirementsSet',
      data: { year: 2026, ...DEFAULT_LIFE_REQUIREMENTS, redListSize: 3 },
    },
  ]);
  await appendStream(store, 'vitality-weights-y2026', [
    { type: 'VitalityWeightsSet', data: { year: 2026, weights: DEFAULT_VITALITY_WEIGHTS } },
  ]);
}

function viewsOfOrganisationalLife(open: () => Promise<ReadModelStore>) {
  let store: SqliteEventStore;
  let views: ReadModelStore;

  beforeAll(async () => {
    store = new SqliteEventStore(':memory:');
    views = await open();
    await writeHistory(store);
    const projector = await openProjector(views, store);
    const page = await store.readAll(null, 1000);
    await projector.handle(page.commits.flatMap((commit) => commit.events));
  });

  afterAll(async () => {
    await views.close();
    await store.close();
  });

  it('finds a society’s records of a quarter that count, by their corrected dates', async () => {
    const { items } = await views.find<OrganisationalLifeView>('organisational_life', {
      where: { societyId, year: 2026, quarter: 2, withdrawn: false },
      orderBy: { field: 'heldOn', direction: 'asc' },
      limit: 10,
    });
    expect(items.map((doc) => [doc.recordId, doc.kind, doc.status])).toEqual([
      ['r2', 'member-assembly', 'corrected'],
      ['r1', 'theme-day', 'recorded'],
    ]);
    const withdrawn = await views.get<OrganisationalLifeView>('organisational_life', 'r3');
    expect(withdrawn).toMatchObject({ status: 'withdrawn', reason: '重复', corrections: 0 });
  });

  it('keeps the yearly tables under their year', async () => {
    const table = await views.get<LifeRequirementsView>('life_requirements', '2026');
    expect(table).toMatchObject({ year: 2026, redListSize: 3, blackListSize: 10 });
    const weights = await views.get<VitalityWeightsView>('vitality_weights', '2026');
    expect(weights?.weights).toEqual(DEFAULT_VITALITY_WEIGHTS);
  });

  it('seats an organisation stored before seats by its form, and keeps the instructor', async () => {
    const society = await views.get<SocietyView>('societies', societyId);
    expect(society?.organisations).toEqual({
      council: null,
      secretariat: {
        form: 'branch',
        secretary: null,
        memberCount: 8,
        establishedOn: null,
        groups: false,
      },
    });
    expect(society?.instructorPosts).toEqual([
      { memberId: null, since: '2026-04-01', recalledOn: null },
    ]);
  });

  it('matches what a replay of the store builds, so the consistency check covers them', async () => {
    const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
    expect(report.differences).toEqual([]);
    // the society, its records, the two tables, and the audit trail's entry of every event
    expect(report.documents).toBe(1 + records.length + 2 + report.events);
  });
}

describe('the views of organisational life on SQLite', () => {
  viewsOfOrganisationalLife(async () => new SqliteReadModelStore(':memory:'));
});

describe('the views of organisational life on a MongoDB-wire server', () => {
  viewsOfOrganisationalLife(async () => {
    const { client, db } = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_life') });
    return new MongoReadModelStore(db, async () => {
      await db.dropDatabase();
      await client.close();
    });
  });
});
