import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MongoEventStore } from '@pb/event-store';
import { MongoReadModelStore } from '@pb/projections';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Cluster } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { FaultReport, lostAndDuplicated } from './support/fault-report';
import { until } from './support/http';
import { metricsUrlOf, scrape, values } from './support/metrics';
import { quietBasePort, serverScript } from './support/server-scripts';
import { mongoUri } from './support/servers';
import {
  acknowledgedMore,
  newAcknowledged,
  pacedLoadOnceRelayIsActive,
  throughToTheViews,
  type Acknowledged,
} from './support/society-load';
import { topicAgainstStore } from './support/topic-check';

jest.setTimeout(120_000);

const BROKERS = [1, 2, 3] as const;

/**
 * The three-broker cluster of scripts/servers/kafka-cluster-start.sh on ports of this run
 * (brokers at the base port and the next two, controllers 100 above): the other suites
 * keep the shared single broker.
 */
class BrokerCluster {
  private constructor(private readonly env: Record<string, string>) {}

  static async pick(): Promise<BrokerCluster> {
    const base = await quietBasePort([0, 1, 2, 100, 101, 102]);
    return new BrokerCluster({ KAFKA_CLUSTER_PORT: String(base) });
  }

  private get base(): number {
    return Number(this.env.KAFKA_CLUSTER_PORT);
  }

  get brokers(): string[] {
    return BROKERS.map((n) => `127.0.0.1:${this.base + n - 1}`);
  }

  /** Starts every node that is not running (all of them, or those named). */
  start(...brokers: number[]) {
    return serverScript('kafka-cluster-start.sh', this.env, brokers.map(String));
  }

  /** kill -9, as a crash. */
  kill(...brokers: number[]) {
    return serverScript('kafka-cluster-stop.sh', this.env, ['--kill', ...brokers.map(String)]);
  }

  async remove(): Promise<void> {
    await serverScript('kafka-cluster-stop.sh', this.env, ['--wipe']).catch(() => undefined);
    const ports = [0, 1, 2, 100, 101, 102].map((offset) => this.base + offset);
    const files = ports.flatMap((p) => [`kafka-${p}.log`, `kafka-server-${p}.properties`]);
    const run = join(__dirname, '..', '.cache', 'run');
    await Promise.all(files.map((file) => rm(join(run, file), { force: true })));
  }
}

interface PartitionLayout {
  readonly partition: number;
  readonly leader: number;
  readonly isr: number[];
}

/**
 * Per partition of the topic: its leader and its in-sync replicas, as the controllers see
 * them; null when the broker asked has just been killed (the next call asks another).
 */
async function layout(admin: Admin, topic: string): Promise<PartitionLayout[] | null> {
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    return topics[0]!.partitions.map((p) => ({
      partition: p.partitionId,
      leader: p.leader,
      isr: p.isr,
    }));
  } catch {
    return null;
  }
}

/** Waits until the partitions are laid out as `wanted` says. */
async function layoutWhere(
  admin: Admin,
  topic: string,
  wanted: (partition: PartitionLayout) => boolean,
  what: string,
): Promise<PartitionLayout[]> {
  const now = await until(
    () => layout(admin, topic),
    (now) => now !== null && now.every(wanted),
    60_000,
    what,
  );
  return now ?? [];
}

/** Milliseconds since the suite's start, for the steps' log lines. */
const T0 = Date.now();
const step = (what: string) => console.log(`kafka-cluster: ${Date.now() - T0} ms ${what}`);

describe('a three-broker Kafka (replication 3, min.insync.replicas 2) under load', () => {
  let brokers: BrokerCluster;
  let cluster: Cluster;
  let admin: Admin;
  let store: MongoEventStore;
  let views: MongoReadModelStore;
  const ack = newAcknowledged();
  const report = new FaultReport('kafka-cluster', 'distributed');
  let stopped = false;
  let load: Promise<void> = Promise.resolve();
  let unpace: () => void = () => undefined;
  let topic: string;
  /** Read once: the relay's early lines, which name it, leave its kept output later on. */
  let relayMetrics: string;

  // Six JVMs start in 20 s on a quiet 2-core machine, several times that on a busy one.
  beforeAll(async () => {
    brokers = await BrokerCluster.pick();
    const started = Date.now();
    await brokers.start();
    console.log(`kafka-cluster: six nodes ready in ${Date.now() - started} ms`);
    cluster = await Cluster.start(
      'brokers',
      { mongoUri: mongoUri(), kafkaBrokers: brokers.brokers },
      {
        KAFKA_REPLICATION_FACTOR: '3',
        KAFKA_MIN_INSYNC_REPLICAS: '2',
        RELAY_STALL_AFTER_MS: '3000',
      },
    );
    topic = cluster.env.KAFKA_TOPIC!;
    relayMetrics = metricsUrlOf(cluster, 'relay');
    store = new MongoEventStore(cluster.db);
    views = new MongoReadModelStore(cluster.db);
    const kafka = new Kafka({
      clientId: 'kafka-cluster-check',
      brokers: brokers.brokers,
      logLevel: logLevel.NOTHING,
    });
    admin = kafka.admin();
    await admin.connect();
    ({ running: load, unpace } = await pacedLoadOnceRelayIsActive(cluster, ack, () => stopped));
  }, 300_000);

  afterAll(async () => {
    stopped = true;
    await load;
    unpace();
    await report.write();
    await admin?.disconnect().catch(() => undefined);
    await cluster?.stop().catch(() => cluster.client.close(true));
    await brokers?.remove();
  }, 60_000);

  /** More acknowledged registrations: the api and the store take commands. */
  const acknowledged = (more: number) => acknowledgedMore(ack, more);

  const probe = () => throughToTheViews(cluster.base, ack);

  /** What the relay and the projector said last, but for their retries to a killed broker. */
  function lastWords(): string {
    return (['relay', 'projector'] as const)
      .map((app) => {
        const lines = cluster.app(app).output.join('').split('\n');
        const telling = lines.filter((line) => !/ECONNREFUSED|seed broker/.test(line));
        return `${app}:\n${telling.slice(-12).join('\n')}`;
      })
      .join('\n');
  }

  /**
   * Lost and duplicated among the commands acknowledged so far, once the views hold them:
   * the count of a copy taken now is repeated while the projector catches up.
   */
  async function settledCounts(): Promise<{ lost: number; duplicated: number }> {
    const snapshot: Acknowledged = {
      ...ack,
      societies: new Map(
        [...ack.societies].map(([id, entry]) => [id, { ...entry, renames: [...entry.renames] }]),
      ),
    };
    const deadline = Date.now() + 60_000;
    for (;;) {
      const counts = await lostAndDuplicated(store, views, snapshot);
      if (counts.lost === 0 || Date.now() > deadline) return counts;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  async function relayReadiness() {
    const answer = await fetch(relayMetrics.replace('/metrics', '/health/ready'));
    return { status: answer.status, body: JSON.stringify(await answer.json()) };
  }

  async function backlog(): Promise<number> {
    return values(await scrape(relayMetrics), 'pb_relay_backlog_commits')[0] ?? 0;
  }

  it('keeps publishing and projecting while the partition leaders are killed -9 one after another', async () => {
    await acknowledged(8);
    await probe();
    const killed = new Set<number>();
    for (const _round of BROKERS) {
      const before = await layoutWhere(admin, topic, (p) => p.isr.length === 3, 'all in sync');
      const leaders = [...new Set(before.map((p) => p.leader))];
      const victim = leaders.find((id) => !killed.has(id)) ?? leaders[0]!;
      killed.add(victim);
      const led = before.filter((p) => p.leader === victim).map((p) => p.partition);
      const fault = report.begin(`kill -9 of broker ${victim}, leader of partitions ${led}`, ack);
      step(`killing broker ${victim}, leader of partitions ${led}`);
      await brokers.kill(victim);
      await layoutWhere(
        admin,
        topic,
        (p) => p.leader !== victim && p.leader >= 0,
        `new leaders for the partitions of broker ${victim}`,
      );
      step('new leaders elected');
      // Two replicas in sync still: publishing goes on before the broker returns.
      await acknowledged(4);
      await probe().catch((error: Error) => {
        throw new Error(`${error.message}\n${lastWords()}`);
      });
      step('published and projected without it; starting it again');
      await brokers.start(victim);
      await layoutWhere(
        admin,
        topic,
        (p) => p.isr.length === 3,
        `broker ${victim} back in sync on every partition`,
      );
      step(`broker ${victim} back in sync`);
      const healed = fault.healed();
      await probe();
      healed.recovered(await settledCounts());
      step('counted');
    }
    expect(killed.size).toBe(3);
    expect(report.figures.map((f) => [f.lost, f.duplicated])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  }, 300_000);

  it('with two brokers lost stops publishing and keeps every commit, then publishes the backlog by itself', async () => {
    await probe();
    const fault = report.begin('kill -9 of two brokers of three', ack);
    step('killing brokers 1 and 2');
    await brokers.kill(1, 2);
    await layoutWhere(
      admin,
      topic,
      (p) => p.leader === 3 && p.isr.length === 1,
      'broker 3 alone in sync',
    );
    step('broker 3 alone in sync');
    // The api keeps taking commands: they are stored and wait in the outbox.
    await acknowledged(8);
    const stalled = await until(
      () => relayReadiness(),
      (ready) => ready.status === 503,
      30_000,
      'the relay readiness to say it is stalled',
    );
    expect(stalled.body).toMatch(/stalled: nothing published for \d+ s while the outbox holds/);
    const waiting = await until(
      () => backlog(),
      (n) => n > 0,
      20_000,
      'a backlog in the relay metrics',
    );
    await acknowledged(4);
    await until(
      () => backlog(),
      (n) => n > waiting,
      20_000,
      'the backlog to grow',
    );
    expect(await store.countUndispatched()).toBeGreaterThan(waiting);
    // Refused by the broker for want of in-sync replicas, not written.
    expect(cluster.app('relay').log()).toMatch(/fewer in-sync replicas than required/);

    step('refused and stalled as expected; starting brokers 1 and 2 again');
    await brokers.start(1, 2);
    const healed = fault.healed();
    step('brokers 1 and 2 back');
    await until(
      () => store.countUndispatched(),
      (n) => n === 0,
      60_000,
      'the relay to publish the backlog without a restart',
    );
    await until(
      () => relayReadiness(),
      (ready) => ready.status === 200,
      30_000,
      'the relay to be ready again',
    );
    await probe();
    healed.recovered(await settledCounts());
    expect(report.figures[report.figures.length - 1]).toMatchObject({ lost: 0, duplicated: 0 });
  }, 240_000);

  it('loses nothing, duplicates nothing in the views and keeps each stream in order on the topic', async () => {
    stopped = true;
    await load;
    await waitForClusterToSettle(store, views);
    const consistency = await expectNothingLostNorDuplicated(store, views, ack);
    const onTopic = await topicAgainstStore(store, topic, brokers.brokers);
    expect(onTopic.missing).toEqual([]);
    expect(onTopic.outOfOrder).toEqual([]);
    expect(consistency.events).toBe(onTopic.events.length);
    expect(await lostAndDuplicated(store, views, ack)).toEqual({ lost: 0, duplicated: 0 });
    expect(report.figures).toHaveLength(4);
  }, 150_000);
});
