import { evidenceFile } from '../../libs/domain/src/shared/evidence.testing';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MongoClient } from 'mongodb';
import { buildEnvelopes, streamIdOf, type StreamType } from '@pb/contracts';
import {
  campaignDecider,
  lectureDecider,
  memberDecider,
  serviceTaskDecider,
  societyDecider,
  type Decider,
  type DomainEvent,
} from '@pb/domain';
import { GENESIS_HASH, SqliteEventStore, sealCommit, type StoredCommit } from '@pb/event-store';

/**
 * One million (times the scale) realistic events, made by the product's own deciders
 * from a plausible decade of a committee's work, chained and hashed as the command
 * runner does, so `verify` passes and every projection accepts them. Ids come from a
 * seeded generator: the same scale gives the same store, so a loaded store is reused.
 */

export const SOCIETIES = 1000;
export const MEMBERS = 100;
const LECTURES_PER_SOCIETY = 3;
const TASKS_PER_SOCIETY = 2;
/** Events one campaign makes: an assignment, 3 events per lecture, about 5 per task. */
const EVENTS_PER_CAMPAIGN = SOCIETIES * (1 + 3 * LECTURES_PER_SOCIETY + 5 * TASKS_PER_SOCIETY);
const FEDERATION = 'default';
const OFFICE = '办公室';
const DECADE_START = Date.parse('2016-01-04T01:00:00.000Z');
const DECADE_MS = 10 * 365 * 24 * 3600 * 1000;

/** Values the audit scenario filters on, all present in the loaded store. */
export interface AuditSamples {
  readonly societyId: string;
  readonly memberId: string;
  readonly campaignId: string;
  readonly streamId: string;
  readonly actor: string;
  readonly type: string;
  /** A month in the middle of the decade. */
  readonly from: string;
  readonly to: string;
}

export interface LoadPlan {
  readonly targetEvents: number;
  readonly campaigns: number;
}

export function loadPlan(scale: number): LoadPlan {
  const targetEvents = Math.max(5000, Math.round(1_000_000 * scale));
  return { targetEvents, campaigns: Math.max(1, Math.ceil(targetEvents / EVENTS_PER_CAMPAIGN)) };
}

/** mulberry32: fast, seeded, good enough for ids and choices. */
class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  uuid(): string {
    const word = () => (this.int(0x10000) | 0x10000).toString(16).slice(1);
    const h = Array.from({ length: 8 }, word).join('');
    const variant = '89ab'[this.int(4)]!;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
  }
}

interface StreamHead {
  seq: number;
  hash: string;
  state: unknown;
}

/** Generates the commits in recording order; each stream's in seq order. */
export class EventGenerator {
  private readonly random = new Random(20261121);
  private readonly heads = new Map<string, StreamHead>();
  private clock = DECADE_START - 30 * 24 * 3600 * 1000;
  events = 0;
  commits = 0;
  readonly memberIds: string[] = [];
  readonly societyIds: string[] = [];
  readonly campaignIds: string[] = [];
  readonly samples: AuditSamples;

  constructor(readonly plan: LoadPlan) {
    for (let i = 0; i < MEMBERS; i++) this.memberIds.push(this.random.uuid());
    for (let i = 0; i < SOCIETIES; i++) this.societyIds.push(this.random.uuid());
    for (let i = 0; i < plan.campaigns; i++) this.campaignIds.push(this.random.uuid());
    const middle = new Date(DECADE_START + DECADE_MS / 2);
    const month = Date.UTC(middle.getUTCFullYear(), middle.getUTCMonth(), 1);
    this.samples = {
      societyId: this.societyIds[17]!,
      memberId: this.memberIds[7]!,
      campaignId: this.campaignIds[Math.floor(plan.campaigns / 2)]!,
      streamId: streamIdOf('society', this.societyIds[17]!),
      actor: liaisonActor(7),
      type: 'LectureDelivered',
      from: new Date(month).toISOString(),
      to: new Date(month + 31 * 24 * 3600 * 1000).toISOString(),
    };
  }

  /** Batches of commits, `size` at most each, until the target is reached. */
  *batches(size: number): Generator<StoredCommit[]> {
    let batch: StoredCommit[] = [];
    for (const commit of this.all()) {
      batch.push(commit);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  private *all(): Generator<StoredCommit> {
    const step = 60_000;
    for (const [i, memberId] of this.memberIds.entries())
      yield this.commit('member', memberId, memberDecider, OFFICE, step, {
        type: 'RegisterMember',
        memberId,
        name: `委员${i + 1}号`,
        position: i % 10 === 0 ? 'expert' : 'member',
        organisation: '科协科技社团党委',
      });
    for (const [i, societyId] of this.societyIds.entries()) {
      yield this.commit('society', societyId, societyDecider, OFFICE, step, {
        type: 'RegisterSociety',
        societyId,
        name: `第${i + 1}学会（${['机械', '电子', '化学', '物理', '医学'][i % 5]}）`,
        kind: 'society',
      });
      yield this.commit('society', societyId, societyDecider, OFFICE, step, {
        type: 'RecordPartyOrganisation',
        societyId,
        seat: 'secretariat',
        form: i % 3 === 0 ? 'branch' : 'joint-branch',
        secretary: `书记${i + 1}`,
      });
    }
    const window = DECADE_MS / this.plan.campaigns;
    for (const [k, campaignId] of this.campaignIds.entries()) {
      const start = DECADE_START + k * window;
      if (this.clock < start) this.clock = start;
      const tick = Math.max(1, Math.floor((window * 0.9) / EVENTS_PER_CAMPAIGN));
      const startsOn = new Date(start).toISOString().slice(0, 10);
      const endsOn = new Date(start + window * 0.9).toISOString().slice(0, 10);
      yield this.commit('campaign', campaignId, campaignDecider, OFFICE, tick, {
        type: 'DraftCampaign',
        campaignId,
        title: `第${k + 1}期 “科技为民” 宣讲与服务`,
      });
      yield this.commit('campaign', campaignId, campaignDecider, OFFICE, tick, {
        type: 'LaunchCampaign',
        campaignId,
        startsOn,
        endsOn,
        targets: { lecturesPerSociety: 2, serviceTasksPerSociety: 1 },
      });
      for (const [s, societyId] of this.societyIds.entries()) {
        if (this.events >= this.plan.targetEvents) return;
        const liaison = (s + k) % MEMBERS;
        const liaisonId = this.memberIds[liaison]!;
        yield this.commit('campaign', campaignId, campaignDecider, OFFICE, tick, {
          type: 'AssignSociety',
          campaignId,
          societyId,
          liaisonId,
          societyStatus: 'registered',
          liaisonStatus: 'active',
        });
        for (let l = 0; l < LECTURES_PER_SOCIETY; l++)
          yield* this.lecture(campaignId, societyId, liaison, tick);
        for (let t = 0; t < TASKS_PER_SOCIETY; t++)
          yield* this.serviceTask(campaignId, societyId, s, tick);
      }
    }
  }

  private *lecture(campaignId: string, societyId: string, liaison: number, tick: number) {
    const lectureId = this.random.uuid();
    const actor = liaisonActor(liaison);
    const scheduledAt = new Date(this.clock + 7 * 24 * 3600 * 1000).toISOString();
    yield this.commit('lecture', lectureId, lectureDecider, actor, tick, {
      type: 'ScheduleLecture',
      lectureId,
      campaignId,
      societyId,
      lecturerId: this.memberIds[liaison]!,
      topic: '学习贯彻党的二十大精神 · 科技创新与社会责任',
      scheduledAt,
      format: this.random.int(2) === 0 ? 'onsite' : 'online',
      place: '学会会议室',
      campaignStatus: 'launched',
      liaisonOfSociety: this.memberIds[liaison]!,
      lecturer: { status: 'active', position: 'member' },
    });
    yield this.commit('lecture', lectureId, lectureDecider, actor, tick, {
      type: 'RecordLectureDelivery',
      lectureId,
      deliveredOn: scheduledAt.slice(0, 10),
      partyMemberAudience: 10 + this.random.int(40),
      otherAudience: this.random.int(80),
      summary: '围绕科技自立自强开展专题宣讲，结合学会工作交流讨论。',
      evidence: [evidenceFile(`photo-${lectureId}.jpg`), evidenceFile(`sign-in-${lectureId}.pdf`)],
    });
    yield this.commit('lecture', lectureId, lectureDecider, `学会-${societyId.slice(0, 8)}`, tick, {
      type: 'ConfirmLecture',
      lectureId,
    });
  }

  private *serviceTask(campaignId: string, societyId: string, s: number, tick: number) {
    const taskId = this.random.uuid();
    const actor = `学会-${societyId.slice(0, 8)}`;
    const day = (offset: number) =>
      new Date(this.clock + offset * 24 * 3600 * 1000).toISOString().slice(0, 10);
    yield this.commit('service-task', taskId, serviceTaskDecider, actor, tick, {
      type: 'ProposeServiceTask',
      taskId,
      societyId,
      campaignId,
      title: '为科技工作者开展职称评审政策解读',
      need: '会员单位科技工作者对新政策不熟悉',
      raisedBy: `第${s + 1}学会`,
      beneficiary: 'science-workers',
      societyStatus: 'registered',
      campaignStatus: 'launched',
    });
    yield this.commit('service-task', taskId, serviceTaskDecider, OFFICE, tick, {
      type: 'AcceptServiceTask',
      taskId,
      dueOn: day(60),
      urgency: 'deadline',
    });
    yield this.commit('service-task', taskId, serviceTaskDecider, actor, tick, {
      type: 'RecordServiceTaskProgress',
      taskId,
      note: '已联系社区，确定讲座时间。',
    });
    yield this.commit('service-task', taskId, serviceTaskDecider, actor, tick, {
      type: 'CompleteServiceTask',
      taskId,
      outcome: '讲座完成，发放科普资料。',
      beneficiaries: 30 + this.random.int(100),
      completedOn: day(30),
    });
    yield this.commit('service-task', taskId, serviceTaskDecider, OFFICE, tick, {
      type: 'EvaluateServiceTask',
      taskId,
      rating: 3 + this.random.int(3),
      raters: 5 + this.random.int(20),
    });
  }

  /** Decides a command on the stream's state and makes the commit the runner would. */
  private commit<C, E extends DomainEvent, S>(
    type: StreamType,
    id: string,
    decider: Decider<C, E, S>,
    actor: string,
    tick: number,
    command: C & { type: string },
  ): StoredCommit {
    const streamId = streamIdOf(type, id);
    const head = this.heads.get(streamId);
    const state = (head?.state as S | undefined) ?? decider.initialState();
    this.clock += tick;
    const now = new Date(this.clock).toISOString();
    const events = decider.decide(command, state, { now });
    const seq = (head?.seq ?? 0) + 1;
    const commandId = this.random.uuid();
    const correlationId = this.random.uuid();
    const envelopes = buildEnvelopes(
      events,
      {
        streamId,
        seq,
        occurredAt: now,
        recordedAt: now,
        actor,
        correlationId,
        causationId: commandId,
        federationId: FEDERATION,
        commandId,
      },
      () => this.random.uuid(),
    );
    const stored = sealCommit({
      streamId,
      seq,
      commandId,
      commandType: command.type,
      actor,
      recordedAt: now,
      events: envelopes,
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    const next = events.reduce((s, e) => decider.evolve(s, e), state);
    // Lectures and tasks are written start to end at once: only the long-lived streams stay.
    if (isLast(command.type)) this.heads.delete(streamId);
    else this.heads.set(streamId, { seq, hash: stored.hash, state: next });
    this.events += envelopes.length;
    this.commits++;
    return stored;
  }
}

function isLast(commandType: string): boolean {
  return commandType === 'ConfirmLecture' || commandType === 'EvaluateServiceTask';
}

function liaisonActor(index: number): string {
  return `委员${index + 1}号`;
}

export interface LoadResult {
  readonly events: number;
  readonly commits: number;
  /** Seconds the load took; 0 when a store loaded before was reused. */
  readonly seconds: number;
  readonly reused: boolean;
  readonly samples: AuditSamples;
}

/**
 * Fills `<dataDir>/events.sqlite` (the embedded store's file) unless a complete load of
 * the same plan is there: one transaction of 1,000 commits each, through the schema
 * the store creates, with full fsync as in production.
 */
export async function loadSqlite(
  dataDir: string,
  plan: LoadPlan,
  log: (message: string) => void,
): Promise<LoadResult> {
  const file = `${dataDir}/events.sqlite`;
  const generator = new EventGenerator(plan);
  const marker = `${dataDir}/loaded-${plan.targetEvents}`;
  if (existsSync(marker) && existsSync(file)) {
    const db = new Database(file, { readonly: true });
    const n = (db.prepare('SELECT count(*) AS n FROM commits').get() as { n: number }).n;
    db.close();
    return {
      events: Number(readFileSync(marker, 'utf8')),
      commits: n,
      seconds: 0,
      reused: true,
      ...withSamples(generator),
    };
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  await new SqliteEventStore(file).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(
    'INSERT INTO commits (id, stream_id, seq, command_id, body, dispatched) VALUES (?, ?, ?, ?, ?, 1)',
  );
  const write = db.transaction((commits: StoredCommit[]) => {
    for (const c of commits) insert.run(c.id, c.streamId, c.seq, c.commandId, JSON.stringify(c));
  });
  const started = Date.now();
  for (const batch of generator.batches(1000)) {
    write(batch);
    if (generator.commits % 100_000 < 1000) log(`  sqlite: ${generator.events} events loaded`);
  }
  db.close();
  writeFileSync(marker, String(generator.events));
  return {
    events: generator.events,
    commits: generator.commits,
    seconds: (Date.now() - started) / 1000,
    reused: false,
    samples: generator.samples,
  };
}

/**
 * Fills database `dbName` as the MongoDB event store lays it out (`commits` and the
 * `commands` entries; nothing pending in `outbox`), unless a complete load of the same
 * plan is there: insertMany of 1,000 documents per call, default write concern.
 */
export async function loadMongo(
  uri: string,
  dbName: string,
  plan: LoadPlan,
  log: (message: string) => void,
): Promise<LoadResult> {
  const generator = new EventGenerator(plan);
  const client = await new MongoClient(uri).connect();
  try {
    const db = client.db(dbName);
    const meta = db.collection<{ _id: string; events: number; commits: number }>('bench_meta');
    const done = await meta.findOne({ _id: 'loaded' });
    if (done && done.events >= plan.targetEvents)
      return {
        events: done.events,
        commits: done.commits,
        seconds: 0,
        reused: true,
        ...withSamples(generator),
      };
    await db.dropDatabase();
    const { MongoEventStore } = await import('@pb/event-store');
    await new MongoEventStore(db).init();
    const commits = db.collection<{ _id: string }>('commits');
    const commands = db.collection<{ _id: string; commitId: string }>('commands');
    const started = Date.now();
    for (const batch of generator.batches(1000)) {
      await commits.insertMany(
        batch.map(({ id, ...rest }) => ({ _id: id, ...rest, dispatched: true })),
        { ordered: false },
      );
      await commands.insertMany(
        batch.map((c) => ({ _id: c.commandId, commitId: c.id })),
        { ordered: false },
      );
      if (generator.commits % 50_000 < 1000) log(`  mongodb: ${generator.events} events loaded`);
    }
    await meta.insertOne({ _id: 'loaded', events: generator.events, commits: generator.commits });
    return {
      events: generator.events,
      commits: generator.commits,
      seconds: (Date.now() - started) / 1000,
      reused: false,
      samples: generator.samples,
    };
  } finally {
    await client.close();
  }
}

function withSamples(generator: EventGenerator): { samples: AuditSamples } {
  return { samples: generator.samples };
}
