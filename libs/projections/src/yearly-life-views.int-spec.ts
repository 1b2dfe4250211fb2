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
import type { Projector } from './projector';
import type { ReadModelStore } from './read-model-store.port';
import { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';
import { requirementTableIn } from './status/life-status.compute';
import { coverageToday, lifeThisQuarter } from './status/life-status.rules';
import { SOCIETY_STATUS, type SocietyStatusView } from './status/status.documents';

const societyId = 'a1b2c3d4-0000-4000-8000-000000000001';
const records = ['r1', 'r2', 'r3'];

/**
 * Appends events to a stream after its last commit, a commit each, and returns the commits;
 * `v1` lists the seqs stored at schema version 1.
 */
async function appendStream(
  store: EventStore,
  streamId: string,
  events: readonly DomainEvent[],
  v1: readonly number[] = [],
) {
  const last = (await store.readStream(streamId)).at(-1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const commits = [];
  for (const [i, event] of events.entries()) {
    const seq = (last?.seq ?? 0) + i + 1;
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
    commits.push(stored);
  }
  return commits;
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
  let projector: Projector;

  beforeAll(async () => {
    store = new SqliteEventStore(':memory:');
    views = await open();
    await writeHistory(store);
    projector = await openProjector(views, store);
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

  const status = async () => (await views.get<SocietyStatusView>(SOCIETY_STATUS.name, societyId))!;
  // Read on 10 May 2026: April and May have begun; the branch has no groups, so the default
  // table asks a committee meeting and a theme day each month (4) and two quarterly kinds (2).
  const mayTenth = async () => {
    const { life } = await status();
    const table = await requirementTableIn(views, 2026);
    return {
      life: lifeThisQuarter(life, table, '2026-05-10'),
      coverage: coverageToday(life, '2026-05-10'),
    };
  };

  it('keeps in the society’s status what its life this quarter and its coverage are read from', async () => {
    expect((await status()).life).toEqual({
      seats: { council: null, secretariat: { form: 'branch', groups: false } },
      instructorPosts: [{ since: '2026-04-01', recalledOn: null }],
      records: [
        { heldOn: '2026-04-02', kind: 'member-assembly', present: 9, expected: 10 },
        { heldOn: '2026-04-20', kind: 'theme-day', present: 9, expected: 10 },
      ],
    });
    // met: the assembly and April's theme day
    expect(await mayTenth()).toEqual({
      life: { period: '2026Q2', slots: 6, met: 2, completeness: 0.3333, attendance: 0.9 },
      coverage: { covered: true, how: ['secretariat', 'instructor'] },
    });
  });

  it('recomputes the society’s status when a record changes or its instructor is recalled', async () => {
    const commits = [
      ...(await appendStream(store, 'organisational-life-r1', [
        {
          type: 'OrganisationalLifeWithdrawn',
          data: { recordId: 'r1', societyId, reason: '重复' },
        },
      ])),
      ...(await appendStream(store, 'organisational-life-r4', [
        {
          type: 'OrganisationalLifeRecorded',
          data: {
            ...meeting('r4', 'theme-day', '2026-05-06'),
            kind: 'committee-meeting',
            present: 5,
          },
        },
      ])),
      ...(await appendStream(store, `society-${societyId}`, [
        {
          type: 'PartyBuildingInstructorRecalled',
          data: { societyId, on: '2026-05-01', reason: '学会已建立党支部' },
        },
      ])),
    ];
    await projector.handle(commits.flatMap((commit) => commit.events));
    const { life } = await status();
    expect(life?.records).toEqual([
      { heldOn: '2026-04-02', kind: 'member-assembly', present: 9, expected: 10 },
      { heldOn: '2026-05-06', kind: 'committee-meeting', present: 5, expected: 10 },
    ]);
    expect(life?.instructorPosts).toEqual([{ since: '2026-04-01', recalledOn: '2026-05-01' }]);
    // met: the assembly and May's committee meeting; attendance (9 + 5) / 20
    expect(await mayTenth()).toEqual({
      life: { period: '2026Q2', slots: 6, met: 2, completeness: 0.3333, attendance: 0.7 },
      coverage: { covered: true, how: ['secretariat'] },
    });
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
