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

/** The envelope fields every test event shares. */
function envelope(
  streamId: string,
  seq: number,
  at: string,
  fields: Pick<
    EventEnvelope,
    'type' | 'actor' | 'societyId' | 'memberIds' | 'campaignId' | 'roundId' | 'batchId'
  >,
): EventEnvelope {
  return {
    eventId: `e-${streamId}-${seq}`,
    schemaVersion: 1,
    streamId,
    seq,
    index: 0,
    occurredAt: at,
    recordedAt: at,
    correlationId: 'c',
    causationId: 'c',
    federationId: 'default',
    commandId: `c-${streamId}-${seq}`,
    data: { reason: '理由' },
    ...fields,
  };
}

/** Events of 40 streams over two years: bursts (a minute apart) and quiet months between. */
function events(): EventEnvelope[] {
  const out: EventEnvelope[] = [];
  let clock = Date.parse('2024-01-03T00:00:00.000Z');
  for (let stream = 0; stream < 40; stream++) {
    const length = 1 + ((stream * 7) % 9);
    for (let seq = 1; seq <= length; seq++) {
      clock += stream % 5 === 0 ? 60_000 : 3 * 24 * 3600 * 1000 + seq * 1000;
      const i = stream + seq;
      out.push(
        envelope(`lecture-${String(stream).padStart(4, '0')}`, seq, new Date(clock).toISOString(), {
          type: TYPES[i % TYPES.length]!,
          actor: ACTORS[i % ACTORS.length]!,
          societyId: i % 4 === 0 ? null : SOCIETIES[i % SOCIETIES.length]!,
          memberIds: i % 3 === 0 ? [] : [MEMBERS[i % 4]!, MEMBERS[(i + 1) % 4]!],
          campaignId: stream % 2 === 0 ? 'k-1' : null,
        }),
      );
    }
  }
  return [...out, ...yearlyEvents(clock)];
}

const YEARLY_TYPES = {
  'rating-round': ['StarRatingRoundDrafted', 'StarRatingRoundOpened', 'StarRatingRoundPublished'],
  'star-rating': ['SelfAssessmentSubmitted', 'StarRatingReviewSubmitted', 'StarsDecided'],
  'inspection-batch': ['InspectionBatchPlanned', 'InspectionSampleDrawn', 'InspectionBatchClosed'],
  'inspection-case': ['InspectionVisitRecorded', 'RectificationReported', 'RectificationAccepted'],
} as const;
const KINDS = Object.keys(YEARLY_TYPES) as (keyof typeof YEARLY_TYPES)[];
/** More than the four members an event of the other streams names at most. */
const INSPECTORS = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6'];

/**
 * Events of 16 streams of star rating and inspections, after the others: rounds r-1 and r-2
 * with ratings in them, batches b-1 and b-2 with inspections; a batch's plan names six inspectors.
 */
function yearlyEvents(from: number): EventEnvelope[] {
  const out: EventEnvelope[] = [];
  let clock = from;
  for (let stream = 0; stream < 16; stream++) {
    const kind = KINDS[stream % KINDS.length]!;
    const rated = kind === 'rating-round' || kind === 'star-rating';
    const ofSociety = kind === 'star-rating' || kind === 'inspection-case';
    const which = Math.floor(stream / KINDS.length) % 2;
    for (let seq = 1; seq <= 2 + (stream % 3); seq++) {
      clock += (stream % 3) * 3600_000 + seq * 1000;
      const type = YEARLY_TYPES[kind][(seq - 1) % 3]!;
      out.push(
        envelope(`${kind}-${String(stream).padStart(4, '0')}`, seq, new Date(clock).toISOString(), {
          type,
          actor: ACTORS[(stream + seq) % ACTORS.length]!,
          societyId: ofSociety ? SOCIETIES[stream % SOCIETIES.length]! : null,
          memberIds:
            type === 'InspectionBatchPlanned'
              ? INSPECTORS
              : kind === 'inspection-case'
                ? [INSPECTORS[stream % INSPECTORS.length]!]
                : [],
          campaignId: null,
          ...(rated ? { roundId: `r-${which + 1}` } : { batchId: `b-${which + 1}` }),
        }),
      );
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
        (filter.roundId === undefined || e.roundId === filter.roundId) &&
        (filter.batchId === undefined || e.batchId === filter.batchId) &&
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
  { roundId: 'r-1' },
  { batchId: 'b-2' },
  { roundId: 'r-2', societyId: 's-2' },
  { batchId: 'b-1', memberId: 'm-6' },
  { memberId: 'm-6' },
  { batchId: 'b-1', type: 'RectificationReported', actor: '学会甲' },
  { roundId: 'r-1', from: '2025-04-16T00:00:00.000Z' },
  { roundId: 'r-1', batchId: 'b-1' },
  { campaignId: 'k-1', roundId: 'r-2' },
  { batchId: 'nobody' },
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

describe('audit queries, MongoDB wire server (field indexes)', () => {
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

  it('serves the filters from indexes on the trail itself, and keeps no index of its own', async () => {
    const indexes = await database!.collection('rm_audit_events').listIndexes().toArray();
    expect(indexes.map((index) => index.name).sort()).toEqual(
      [
        '_id_',
        'actor_id',
        'batchId_id',
        'campaignId_id',
        'campaignId_type_id',
        'memberIds_id',
        'roundId_id',
        'societyId_id',
        'societyId_type_id',
        'streamId_id',
        'type_id',
      ].sort(),
    );
    const collections = await database!.listCollections({}, { nameOnly: true }).toArray();
    expect(collections.map((c) => c.name)).not.toContain('internal_audit_index');
  });
});
