import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EventEnvelope } from '@pb/contracts';
import { MongoEventStore, type StoredCommit } from '@pb/event-store';
import { MongoReadModelStore, type SocietyView } from '@pb/projections';
import { Kafka, logLevel } from 'kafkajs';
import { Cluster } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { call, until } from './support/http';
import type { AppProcess } from './support/processes';
import { uniqueName } from './support/servers';
import { newAcknowledged, runSocietyLoad, type Acknowledged } from './support/society-load';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..');
const run = promisify(execFile);

/**
 * A Kafka broker and a MongoDB-wire server of this suite's own, which it stops and
 * starts: the other suites keep the shared ones. Ports are picked per run, below the
 * ephemeral range (a stopped server's port must still be free when it starts again), so
 * that two runs on one machine do not meet.
 */
class OwnServers {
  private constructor(
    readonly kafkaEnv: Record<string, string>,
    readonly mongoEnv: Record<string, string>,
  ) {}

  static async pick(): Promise<OwnServers> {
    const [kafka, controller, mongo, postgres] = await quietPorts(4);
    return new OwnServers(
      { KAFKA_PORT: String(kafka), KAFKA_CONTROLLER_PORT: String(controller) },
      { MONGO_PORT: String(mongo), MONGO_PG_PORT: String(postgres) },
    );
  }

  get addresses() {
    return {
      mongoUri: `mongodb://127.0.0.1:${this.mongoEnv.MONGO_PORT}/`,
      kafkaBrokers: [`127.0.0.1:${this.kafkaEnv.KAFKA_PORT}`],
    };
  }

  kafka(action: 'start' | 'stop', ...args: string[]) {
    return script(`kafka-${action}.sh`, this.kafkaEnv, args);
  }

  mongo(action: 'start' | 'stop', ...args: string[]) {
    return script(`mongo-${action}.sh`, this.mongoEnv, args);
  }

  /** Stops both for good: data wiped, and the logs the scripts keep per port removed. */
  async remove(): Promise<void> {
    await Promise.allSettled([this.kafka('stop', '--wipe'), this.mongo('stop', '--wipe')]);
    const {
      KAFKA_PORT: kafka,
      MONGO_PORT: mongo,
      MONGO_PG_PORT: postgres,
    } = {
      ...this.kafkaEnv,
      ...this.mongoEnv,
    };
    const logs = [
      `kafka-${kafka}.log`,
      `kafka-server-${kafka}.properties`,
      `ferretdb-${mongo}.log`,
      `postgres-${postgres}.log`,
    ];
    await Promise.all(logs.map((log) => rm(join(ROOT, '.cache', 'run', log), { force: true })));
  }
}

/**
 * Requests wait this long before they go: unpaced, three clients outrun the relay and the
 * projector on a 2-core machine, and every recovery would wait for a growing backlog.
 */
const PACE_MS = 50;

/** Delays every fetch of this test file (the load's and the probes'); returns the undo. */
function paceRequests(ms: number): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return original(...args);
  };
  return () => {
    globalThis.fetch = original;
  };
}

async function script(name: string, env: Record<string, string>, args: string[]) {
  await run('bash', [join(ROOT, 'scripts', 'servers', name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

/** Distinct free ports between 20000 and 32000. */
async function quietPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (!ports.has(port) && (await isFree(port))) ports.add(port);
  }
  return [...ports];
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('distributed mode under faults: kill -9 of each app, broker and store restarts, relay failover', () => {
  let cluster: Cluster;
  let store: MongoEventStore;
  let views: MongoReadModelStore;
  const ack = newAcknowledged();
  let stopped = false;
  let load: Promise<void> = Promise.resolve();
  let faults = 0;
  let servers: OwnServers;
  let unpace: () => void = () => undefined;

  beforeAll(async () => {
    servers = await OwnServers.pick();
    await Promise.all([servers.kafka('start'), servers.mongo('start')]);
    cluster = await Cluster.start('faults', servers.addresses);
    store = new MongoEventStore(cluster.db);
    views = new MongoReadModelStore(cluster.db);
    await until(
      async () => relayState(cluster.app('relay')),
      (state) => state === 'active',
      20_000,
      'the relay to take the lease',
    );
    unpace = paceRequests(PACE_MS);
    load = runSocietyLoad(
      () => cluster.base,
      ack,
      () => stopped,
      3,
    );
  }, 90_000);

  afterAll(async () => {
    stopped = true;
    await load;
    unpace();
    await cluster?.stop().catch(() => cluster.client.close(true));
    await servers?.remove();
  }, 60_000);

  /** More acknowledged registrations: the api and the store take commands. */
  async function acknowledged(more: number): Promise<void> {
    const target = ack.societies.size + more;
    await until(
      async () => ack.societies.size,
      (n) => n >= target,
      60_000,
      `${target} acknowledged registrations`,
    );
  }

  /** Recovered: commands are acknowledged again and carried all the way to the views. */
  async function progress(): Promise<void> {
    await acknowledged(8);
    await throughToTheViews();
  }

  /** A registration of our own, retried until acknowledged, then read back from its view. */
  async function throughToTheViews(): Promise<void> {
    const id = randomUUID();
    const name = `探针学会-${id.slice(0, 8)}`;
    await until(
      async () => {
        ack.sent++;
        const answer = await call(
          cluster.base,
          'POST',
          '/societies',
          { id, name, kind: 'society' },
          { 'Idempotency-Key': `probe-${id}` },
        ).catch(() => null);
        if (answer?.status !== 201) ack.failed++;
        return answer?.status;
      },
      (status) => status === 201,
      60_000,
      'the probe registration',
    );
    ack.societies.set(id, { name, renames: [], version: 1 });
    await until(
      async () => (await call(cluster.base, 'GET', `/societies/${id}?minVersion=1`)).status,
      (status) => status === 200,
      60_000,
      'the probe registration in the views',
    );
  }

  it('keeps serving commands after the api is killed -9 and started again on the same port, ready within 5 s', async () => {
    await progress();
    faults++;
    await cluster.app('api').crash();
    const restarted = Date.now();
    await cluster.restart('api');
    await until(
      async () => (await call(cluster.base, 'GET', '/health/ready').catch(() => null))?.status,
      (status) => status === 200,
      30_000,
      'the restarted api to be ready',
    );
    const readyAfterMs = Date.now() - restarted;
    console.log(`faults: the api answered ready ${readyAfterMs} ms after its restart`);
    expect(readyAfterMs).toBeLessThan(5000);
    await progress();
  });

  it('publishes again after the relay is killed -9 and started again, once its lease runs out', async () => {
    faults++;
    await cluster.app('relay').crash();
    await acknowledged(4);
    await cluster.restart('relay');
    await until(
      async () => relayState(cluster.app('relay')),
      (state) => state === 'active',
      20_000,
      'the new relay to take the lease',
    );
    // The killed relay's lease was still running when the new one started.
    expect(cluster.app('relay').log()).toMatch(/relay is standby[\s\S]*relay is active/);
    await progress();
  });

  it('projects again after the projector is killed -9 and started again', async () => {
    faults++;
    await cluster.app('projector').crash();
    await acknowledged(4);
    await cluster.restart('projector');
    await progress();
  });

  it('rides out a stop and restart of the Kafka broker without restarting any app', async () => {
    faults++;
    await servers.kafka('stop');
    await acknowledged(4);
    await servers.kafka('start');
    await progress();
  });

  it('answers 503 STORE.UNAVAILABLE within 3 s while MongoDB is down, and recovers when it is back', async () => {
    faults++;
    await servers.mongo('stop');
    const started = Date.now();
    ack.sent++;
    ack.failed++;
    const answer = await call(cluster.base, 'POST', '/societies', {
      name: `停机学会-${randomUUID().slice(0, 8)}`,
      kind: 'society',
    });
    const elapsed = Date.now() - started;
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ code: 'STORE.UNAVAILABLE' });
    expect(elapsed).toBeLessThan(3000);
    await until(
      async () => relayState(cluster.app('relay')),
      (state) => state === 'standby',
      15_000,
      'the relay to stand by without its store',
    );
    await servers.mongo('start');
    await progress();
    expect(relayState(cluster.app('relay'))).toBe('active');
  });

  it('hands publishing to the standby relay within 15 s when the active one is killed -9', async () => {
    const second = await cluster.startExtra('relay', 'relay-2');
    const relays = [cluster.app('relay'), second];
    await until(
      async () => relays.map(relayState).sort().join(','),
      (states) => states === 'active,standby',
      20_000,
      'one active relay and one standby',
    );
    const active = relays.find((relay) => relayState(relay) === 'active')!;
    const standby = relays.find((relay) => relay !== active)!;
    await acknowledged(4);
    expect(relayState(standby)).toBe('standby');
    faults++;
    const killed = Date.now();
    await active.crash();
    await until(
      async () => relayState(standby),
      (state) => state === 'active',
      20_000,
      'the standby relay to become active',
    );
    expect(Date.now() - killed).toBeLessThan(15_000);
    await progress();
  });

  it('loses nothing, duplicates nothing in the views and keeps each stream in seq order on Kafka', async () => {
    stopped = true;
    await load;
    await waitForClusterToSettle(store, views);
    const report = await expectNothingLostNorDuplicated(store, views, ack);
    const commits = await allCommits(store);
    const counted = await countLostAndDuplicated(commits, views, ack, report.events);
    expect(counted).toEqual({ lost: 0, duplicated: 0 });

    const onTopic = await readTopic(cluster.env.KAFKA_TOPIC!, servers.addresses.kafkaBrokers);
    const order = firstOccurrences(onTopic);
    const events = commits.flatMap((commit) => commit.events);
    expect(events.filter((event) => !order.seen.has(event.eventId))).toEqual([]);
    expect(order.outOfOrder).toEqual([]);
    expect(report.events).toBe(events.length);
    expect(faults).toBe(6);

    const acknowledged = [...ack.societies.values()].reduce(
      (n, society) => n + 1 + society.renames.length,
      0,
    );
    console.log(
      `faults summary: faults injected=${faults}, commands sent=${ack.sent}, ` +
        `commands acknowledged=${acknowledged}, commands failed during faults=${ack.failed}, ` +
        `events checked=${events.length} (store, views and ${onTopic.length} Kafka messages), ` +
        `lost=${counted.lost}, duplicated-in-views=${counted.duplicated}`,
    );
  }, 150_000);
});

/** The relay's last word about its lease: 'active', 'standby' or null before it spoke. */
function relayState(relay: AppProcess): 'active' | 'standby' | null {
  const states = [...relay.output.join('').matchAll(/relay is (active|standby)/g)];
  return (states[states.length - 1]?.[1] as 'active' | 'standby' | undefined) ?? null;
}

async function allCommits(store: MongoEventStore): Promise<StoredCommit[]> {
  const commits: StoredCommit[] = [];
  for (let after: string | null = null; ;) {
    const page = await store.readAll(after, 1000);
    if (page.commits.length === 0) return commits;
    commits.push(...page.commits);
    after = page.next;
  }
}

/**
 * Acknowledged commands missing from the store or the views (lost), and events applied
 * more than once (duplicated): a society view's version counts its stream's commits,
 * and the audit trail holds one entry per event.
 */
async function countLostAndDuplicated(
  commits: readonly StoredCommit[],
  views: MongoReadModelStore,
  ack: Acknowledged,
  events: number,
): Promise<{ lost: number; duplicated: number }> {
  const streams = new Map<string, StoredCommit[]>();
  for (const commit of commits)
    streams.set(commit.streamId, [...(streams.get(commit.streamId) ?? []), commit]);
  const versions = new Map<string, number>();
  for (let after: string | null = null; ;) {
    const page: { items: SocietyView[]; next: string | null } = await views.find<SocietyView>(
      'societies',
      { limit: 1000, after },
    );
    for (const view of page.items) versions.set(view._id, view.version);
    if (!page.next) break;
    after = page.next;
  }
  let lost = 0;
  let duplicated = 0;
  for (const [id, sent] of ack.societies) {
    const stream = streams.get(`society-${id}`) ?? [];
    const names = new Set(
      stream.flatMap((c) => c.events).map((e) => (e.data as { name?: string }).name),
    );
    lost += [sent.name, ...sent.renames].filter((name) => !names.has(name)).length;
    const version = versions.get(id) ?? 0;
    lost += Math.max(0, stream.length - version);
    duplicated += Math.max(0, version - stream.length);
  }
  const audited = await views.count('audit_events');
  lost += Math.max(0, events - audited);
  duplicated += Math.max(0, audited - events);
  return { lost, duplicated };
}

/** Every message of the topic from the beginning, each partition in offset order. */
async function readTopic(topic: string, brokers: string[]): Promise<EventEnvelope[]> {
  const kafka = new Kafka({ clientId: 'faults-check', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const byPartition = new Map<number, EventEnvelope[]>(ends.map((end) => [end.partition, []]));
  const remaining = new Set(
    ends.filter((end) => BigInt(end.high) > BigInt(end.low)).map((end) => end.partition),
  );
  const consumer = kafka.consumer({ groupId: uniqueName('faults-check'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      byPartition.get(partition)!.push(JSON.parse(message.value!.toString('utf8')));
      const high = BigInt(ends.find((end) => end.partition === partition)!.high);
      if (BigInt(message.offset) + 1n >= high) remaining.delete(partition);
    },
  });
  await until(
    async () => remaining.size,
    (n) => n === 0,
    60_000,
    'the whole topic to be read',
  ).finally(() => consumer.disconnect());
  return [...byPartition.values()].flat();
}

/**
 * The first occurrence of each event per stream, in the order Kafka holds them (a stream
 * lives on one partition). Later copies are the at-least-once duplicates and are allowed;
 * a first occurrence behind an earlier one of its stream is not.
 */
function firstOccurrences(messages: readonly EventEnvelope[]) {
  const seen = new Set<string>();
  const last = new Map<string, { seq: number; index: number }>();
  const outOfOrder: string[] = [];
  for (const event of messages) {
    if (seen.has(event.eventId)) continue;
    seen.add(event.eventId);
    const before = last.get(event.streamId);
    if (
      before &&
      (event.seq < before.seq || (event.seq === before.seq && event.index <= before.index))
    )
      outOfOrder.push(
        `${event.streamId} ${event.seq}.${event.index} after ${before.seq}.${before.index}`,
      );
    last.set(event.streamId, { seq: event.seq, index: event.index });
  }
  return { seen, outOfOrder };
}
