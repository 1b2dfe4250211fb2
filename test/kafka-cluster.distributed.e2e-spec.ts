import { MongoEventStore } from '@pb/event-store';
import { MongoReadModelStore } from '@pb/projections';
import { BROKER_IDS, BrokerCluster } from './support/broker-cluster';
import { Cluster, untilRelayIs } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { FaultReport, lostAndDuplicated } from './support/fault-report';
import { until } from './support/http';
import { expectTheTopicToHoldEveryCommit } from './support/kafka-topic';
import { LoadProgress } from './support/load-progress';
import { metricsUrlOf, readinessOf, scrape, values } from './support/metrics';
import { paceRequests } from './support/paced-fetch';
import { mongoUri } from './support/servers';
import { newAcknowledged, runSocietyLoad, type Acknowledged } from './support/society-load';

jest.setTimeout(120_000);

/** Requests wait this long before they go (see paceRequests). */
const PACE_MS = 50;

/** Milliseconds since the suite's start, for the steps' log lines. */
const T0 = Date.now();
const step = (what: string) => console.log(`kafka-cluster: ${Date.now() - T0} ms ${what}`);

describe('a three-broker Kafka (replication 3, min.insync.replicas 2) under load', () => {
  let brokers: BrokerCluster;
  let cluster: Cluster;
  let store: MongoEventStore;
  let views: MongoReadModelStore;
  const ack = newAcknowledged();
  const report = new FaultReport('kafka-cluster', 'distributed');
  const progress = new LoadProgress(() => cluster.base, ack);
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
    const env = {
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_MIN_INSYNC_REPLICAS: '2',
      RELAY_STALL_AFTER_MS: '3000',
    };
    cluster = await Cluster.start('brokers', {
      mongoUri: mongoUri(),
      kafkaBrokers: brokers.brokers,
      apps: { api: { env }, relay: { env }, projector: { env } },
    });
    topic = cluster.env.KAFKA_TOPIC!;
    relayMetrics = metricsUrlOf(cluster, 'relay');
    store = new MongoEventStore(cluster.db);
    views = new MongoReadModelStore(cluster.db);
    await untilRelayIs(cluster.app('relay'), 'active', 'the relay to take the lease', 60_000);
    unpace = paceRequests(PACE_MS);
    load = runSocietyLoad(
      () => cluster.base,
      ack,
      () => stopped,
      3,
    );
  }, 300_000);

  afterAll(async () => {
    stopped = true;
    await load;
    unpace();
    await report.write();
    await cluster?.stop().catch(() => cluster.client.close(true));
    await brokers?.remove();
  }, 60_000);

  const acknowledged = (more: number) => progress.acknowledged(more, 90_000);
  const probe = () => progress.throughToTheViews();

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
    const { status, checks } = await readinessOf(relayMetrics);
    return { status, body: JSON.stringify(checks) };
  }

  async function backlog(): Promise<number> {
    return values(await scrape(relayMetrics), 'pb_relay_backlog_commits')[0] ?? 0;
  }

  it('keeps publishing and projecting while the partition leaders are killed -9 one after another', async () => {
    await acknowledged(8);
    await probe();
    const killed = new Set<number>();
    for (const _round of BROKER_IDS) {
      const before = await brokers.layoutWhere(topic, (p) => p.isr.length === 3, 'all in sync');
      const leaders = [...new Set(before.map((p) => p.leader))];
      const victim = leaders.find((id) => !killed.has(id)) ?? leaders[0]!;
      killed.add(victim);
      const led = before.filter((p) => p.leader === victim).map((p) => p.partition);
      const fault = report.begin(`kill -9 of broker ${victim}, leader of partitions ${led}`, ack);
      step(`killing broker ${victim}, leader of partitions ${led}`);
      await brokers.kill(victim);
      await brokers.layoutWhere(
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
      await brokers.layoutWhere(
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
    await brokers.layoutWhere(
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
    // Refused by the broker for want of in-sync replicas, not written (once the relay,
    // between its tries at the killed leaders, has learnt that broker 3 leads).
    await until(
      async () => /fewer in-sync replicas than required/.test(cluster.app('relay').output.join('')),
      (refused) => refused,
      30_000,
      'the relay to be refused for want of in-sync replicas',
    );

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
    const onTopic = await expectTheTopicToHoldEveryCommit(
      store,
      consistency.events,
      topic,
      brokers.brokers,
    );
    console.log(
      `kafka-cluster: ${onTopic.commits.length} commits, ${onTopic.events} events checked ` +
        `in the store, the views and ${onTopic.messages} Kafka messages`,
    );
    expect(await lostAndDuplicated(store, views, ack)).toEqual({ lost: 0, duplicated: 0 });
    expect(report.figures).toHaveLength(4);
  }, 150_000);
});
