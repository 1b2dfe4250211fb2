import type { EventEnvelope } from '@pb/contracts';
import type { Db } from 'mongodb';
import type { EventStore } from '@pb/event-store';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { MongoReadModelStore } from '../mongodb/mongo-read-model-store';
import type { EntityProjection } from '../projection';
import { Projector } from '../projector';
import type { ReadModelStore } from '../read-model-store.port';
import { SqliteReadModelStore } from '../sqlite/sqlite-read-model-store';
import { findAuditEvents, type AuditFilter } from './audit-query';
import { auditProjection } from './audit.view';

const SOCIETIES = ['s-1', 's-2', 's-3'];
const MEMBERS = ['m-1', 'm-2', 'm-3', 'm-4'];
const TYPES = ['LectureDelivered', 'SocietyAssigned', 'ServiceTaskAccepted'];
const ACTORS = ['办公室', '委员1号', '学会甲'];

/** Events of 40 streams over two years: bursts (a minute apart) and quiet months between. */
function events(): EventEnvelope[] {
  const out: EventEnvelope[] = [];
  let clock = Date.parse('2024-01-03T00:00:00.000Z');
  for (let stream = 0; stream < 40; stream++) {
    const length = 1 + ((stream * 7) % 9);
    for (let seq = 1; seq <= length; seq++) {
      clock += stream % 5 === 0 ? 60_000 : 3 * 24 * 3600 * 1000 + seq * 1000;
      const at = new Date(clock).toISOString();
      const i = stream + seq;
      out.push({
        eventId: `e-${stream}-${seq}`,
        type: TYPES[i % TYPES.length]!,
        schemaVersion: 1,
        streamId: `lecture-${String(stream).padStart(4, '0')}`,
        seq,
        index: 0,
        occurredAt: at,
        recordedAt: at,
        actor: ACTORS[i % ACTORS.length]!,
        correlationId: 'c',
        causationId: 'c',
        federationId: 'default',
        commandId: `c-${stream}-${seq}`,
        societyId: i % 4 === 0 ? null : SOCIETIES[i % SOCIETIES.length]!,
        memberIds: i % 3 === 0 ? [] : [MEMBERS[i % 4]!, MEMBERS[(i + 1) % 4]!],
        campaignId: stream % 2 === 0 ? 'k-1' : null,
        data: { reason: '理由' },
      });
    }
  }
  return out;
}

function expected(all: EventEnvelope[], filter: AuditFilter): string[] {
  return all
    .filter(
      (e) =>
        (filter.societyId === undefined || e.societyId === filter.societyId) &&
        (filter.memberId === undefined || e.memberIds.includes(filter.memberId)) &&
        (filter.campaignId === undefined || e.campaignId === filter.campaignId) &&
        (filter.streamId === undefined || e.streamId === filter.streamId) &&
        (filter.actor === undefined || e.actor === filter.actor) &&
        (filter.type === undefined || e.type === filter.type) &&
        (filter.from === undefined || e.recordedAt >= filter.from) &&
        (filter.to === undefined || e.recordedAt < filter.to),
    )
    .sort((a, b) => (a.recordedAt === b.recordedAt ? 0 : a.recordedAt < b.recordedAt ? -1 : 1))
    .map((e) => e.eventId);
}

async function everyPage(views: ReadModelStore, filter: AuditFilter, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 500; page++) {
    const answer: Awaited<ReturnType<typeof findAuditEvents>> = await findAuditEvents(
      views,
      filter,
      limit,
      cursor,
    );
    expect(answer.items.length).toBeLessThanOrEqual(limit);
    ids.push(...answer.items.map((item) => item.eventId));
    if (answer.next === null) return ids;
    cursor = answer.next;
  }
  throw new Error('the pages never ended');
}

const FILTERS: AuditFilter[] = [
  {},
  { societyId: 's-2' },
  { memberId: 'm-3' },
  { campaignId: 'k-1' },
  { streamId: 'lecture-0003' },
  { actor: '委员1号' },
  { type: 'LectureDelivered' },
  { from: '2024-03-01T00:00:00.000Z', to: '2024-09-01T00:00:00.000Z' },
  { societyId: 's-1', type: 'SocietyAssigned' },
  { memberId: 'm-2', actor: '办公室', from: '2024-02-01T00:00:00.000Z' },
  { campaignId: 'k-1', to: '2024-06-01T00:00:00.000Z' },
  { type: 'ServiceTaskAccepted', actor: '学会甲', memberId: 'm-4' },
  { societyId: 'nobody' },
];

function auditQueryContract(
  open: () => Promise<{ views: ReadModelStore; close(): Promise<void> }>,
) {
  const all = events();
  let store: { views: ReadModelStore; close(): Promise<void> };
  beforeAll(async () => {
    store = await open();
    const projector = new Projector(
      store.views,
      {} as EventStore,
      [auditProjection] as unknown as EntityProjection[],
    );
    await projector.init();
    for (let i = 0; i < all.length; i += 50) await projector.handle(all.slice(i, i + 50));
  });
  afterAll(async () => {
    await store.close();
  });

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))(
    'returns exactly the matching events in recording order, page by page: %s',
    async (_name, filter) => {
      const want = expected(all, filter);
      expect(await everyPage(store.views, filter, 7)).toEqual(want);
      expect(await everyPage(store.views, filter, 100)).toEqual(want);
    },
  );

  it('refuses a cursor it did not issue', async () => {
    await expect(findAuditEvents(store.views, {}, 2, 'not-a-cursor')).rejects.toThrow(/cursor/);
  });
}

describe('audit queries, SQLite (field indexes)', () => {
  auditQueryContract(async () => {
    const views = new SqliteReadModelStore(':memory:');
    return { views, close: () => views.close() };
  });
});

describe('audit queries as _id ranges, MongoDB wire server (its own audit index)', () => {
  let database: Db | null = null;
  auditQueryContract(async () => {
    const { client, db } = await connectMongo({
      uri: mongoUri(),
      database: uniqueName('pb_audit'),
    });
    database = db;
    const views = new MongoReadModelStore(db);
    return {
      views,
      close: async () => {
        await db.dropDatabase();
        await client.close();
      },
    };
  });

  it('keeps no field index on the trail itself: its queries drive through the entries', async () => {
    const indexes = await database!.collection('rm_audit_events').listIndexes().toArray();
    expect(indexes.map((index) => index.name)).toEqual(['_id_']);
  });
});
