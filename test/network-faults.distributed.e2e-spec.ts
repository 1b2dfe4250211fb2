import { MongoEventStore } from '@pb/event-store';
import { MongoReadModelStore } from '@pb/projections';
import {
  commandsBetween,
  logAnswers,
  medianMs,
  slowest,
  type LoggedAnswer,
} from './support/answer-log';
import { Cluster, untilRelayIs } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { FaultReport, lostAndDuplicated } from './support/fault-report';
import { call, sleep, until } from './support/http';
import { expectTheTopicToHoldEveryCommit } from './support/kafka-topic';
import { LoadProgress } from './support/load-progress';
import { metricsUrlOf, publishedCommits, readinessOf } from './support/metrics';
import { OwnServers } from './support/own-servers';
import { paceRequests } from './support/paced-fetch';
import {
  acknowledgedNow,
  acknowledgedSince,
  newAcknowledged,
  runSocietyLoad,
} from './support/society-load';
import { Toxiproxy, type Proxy } from './support/toxiproxy';

jest.setTimeout(120_000);

/** Requests wait this long before they go (see paceRequests). */
const PACE_MS = 50;

/** Longer than every timeout between our processes and the servers (see the partition specs). */
const PARTITION_MS = 32_000;

/**
 * A command caught on a connection when the store went silent waits for the driver's
 * next heartbeat to fail (every 10 s, failing after the 2 s connect timeout), which
 * clears the pool; later ones fail server selection after 2 s. The rest is margin for
 * a busy machine.
 */
const HEARTBEAT_NOTICED_MS = 20_000;

/** The relay counts as stalled after this long without publishing while its outbox fills. */
const STALL_AFTER_MS = 5000;

/**
 * Network faults between our processes and the servers, through a real TCP proxy
 * (toxiproxy): the api and the projector reach the store each through a proxy of its own,
 * the relay reaches Kafka through one (the broker advertises the proxy's port on a listener
 * of its own, so that the relay does not bypass it after bootstrapping). The test's own
 * checks go straight to the servers.
 */
describe('distributed mode under network faults: latency, bandwidth, cut connections, partitions', () => {
  let servers: OwnServers;
  let toxiproxy: Toxiproxy;
  let cluster: Cluster;
  let store: MongoEventStore;
  let views: MongoReadModelStore;
  const proxies: Record<'apiStore' | 'projectorStore' | 'relayKafka', Proxy> = Object.create(null);
  const ack = newAcknowledged();
  const report = new FaultReport('network-faults', 'distributed');
  const probe = new LoadProgress(() => cluster.base, ack);
  let answers: LoggedAnswer[] = [];
  let stopped = false;
  let load: Promise<void> = Promise.resolve();
  const undo: (() => void)[] = [];

  beforeAll(async () => {
    [toxiproxy, servers] = await Promise.all([
      Toxiproxy.start(),
      OwnServers.pick({ proxiedKafka: true }),
    ]);
    const mongo = `127.0.0.1:${servers.mongoEnv.MONGO_PORT}`;
    const kafka = servers.proxiedKafka!;
    proxies.apiStore = await toxiproxy.proxy('api-store', mongo);
    proxies.projectorStore = await toxiproxy.proxy('projector-store', mongo);
    proxies.relayKafka = await toxiproxy.proxy(
      'relay-kafka',
      `127.0.0.1:${kafka.listener}`,
      kafka.advertised,
    );
    await Promise.all([servers.kafka('start'), servers.mongo('start')]);
    cluster = await Cluster.start('network', {
      ...servers.addresses,
      apps: {
        api: { mongoUri: `mongodb://${proxies.apiStore.address}/` },
        projector: { mongoUri: `mongodb://${proxies.projectorStore.address}/` },
        relay: {
          kafkaBrokers: [proxies.relayKafka.address],
          env: { RELAY_STALL_AFTER_MS: String(STALL_AFTER_MS) },
        },
      },
    });
    store = new MongoEventStore(cluster.db);
    views = new MongoReadModelStore(cluster.db);
    await untilRelayIs(cluster.app('relay'), 'active', 'the relay to take the lease');
    const logged = logAnswers(() => cluster.base);
    answers = logged.answers;
    undo.push(logged.undo, paceRequests(PACE_MS));
    load = runSocietyLoad(
      () => cluster.base,
      ack,
      () => stopped,
      3,
    );
    await probe.recovered();
  }, 120_000);

  afterAll(async () => {
    stopped = true;
    await load;
    undo.reverse().forEach((step) => step());
    await report.write();
    await cluster?.stop().catch(() => cluster.client.close(true));
    await Promise.allSettled([servers?.remove(), toxiproxy?.stop()]);
  }, 60_000);

  /**
   * Runs one fault under the load: `inject` starts it and returns its healing, `during`
   * runs while it lasts. Then waits for recovery (commands acknowledged and carried to
   * the views), reports the fault, and checks that no acknowledged command was lost or
   * duplicated and that no command was answered with anything but success or 503.
   * Returns the answers to the commands under way while the fault lasted, and when it
   * began and healed.
   */
  async function underFault(
    fault: string,
    inject: () => Promise<() => Promise<void>>,
    during: () => Promise<void>,
  ): Promise<{ during: LoggedAnswer[]; injectedAt: number; healedAt: number }> {
    const before = acknowledgedNow(ack);
    const began = Date.now();
    const figures = report.begin(fault, ack);
    const heal = await inject();
    const injectedAt = Date.now();
    await during();
    await heal();
    const healed = figures.healed();
    const healedAt = Date.now();
    await probe.recovered();
    const touched = acknowledgedSince(before, ack);
    const counts = await until(
      () => lostAndDuplicated(store, views, touched),
      (found) => found.lost === 0,
      30_000,
      `the views to hold every command acknowledged during "${fault}"`,
    ).catch(() => lostAndDuplicated(store, views, touched));
    healed.recovered(counts);
    expect(counts).toEqual({ lost: 0, duplicated: 0 });
    const sent = commandsBetween(answers, began);
    expect(sent.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
    return { during: commandsBetween(answers, injectedAt, healedAt), injectedAt, healedAt };
  }

  const all = () => Object.values(proxies);

  /** The same toxic on several proxies; returns the removal of all of them. */
  async function onEach(targets: Proxy[], add: (proxy: Proxy) => Promise<() => Promise<void>>) {
    const removals = await Promise.all(targets.map(add));
    return async () => {
      await Promise.all(removals.map((remove) => remove()));
    };
  }

  it('keeps acknowledging commands with latency and jitter on every connection to the store and Kafka', async () => {
    const { during } = await underFault(
      'latency 60 ms ± 40 ms each way, api and projector to the store, relay to Kafka',
      () =>
        onEach(all(), (proxy) =>
          proxy.add({ type: 'latency', attributes: { latency: 60, jitter: 40 } }, [
            'upstream',
            'downstream',
          ]),
        ),
      () => probe.acknowledged(6),
    );
    // A command makes several round trips to the store, each 40 to 200 ms longer now.
    const acknowledged = during.filter((a) => a.status < 300);
    console.log(
      `latency: commands took ${medianMs(acknowledged)} ms (median), ${slowest(acknowledged)} ms at most`,
    );
    expect(medianMs(acknowledged)).toBeGreaterThan(150);
  });

  it('keeps acknowledging commands through a bandwidth limit of 16 KB/s', async () => {
    await underFault(
      'bandwidth 16 KB/s, api and projector to the store, relay to Kafka',
      () => onEach(all(), (proxy) => proxy.add({ type: 'bandwidth', attributes: { rate: 16 } })),
      () => probe.acknowledged(4),
    );
  });

  it('answers 503, never 500, while connections are cut mid-stream, and recovers by itself', async () => {
    await underFault(
      'connections reset 200 ms after they open, for 4 s; then every proxy off for 1 s',
      () =>
        onEach(all(), (proxy) => proxy.add({ type: 'reset_peer', attributes: { timeout: 200 } })),
      async () => {
        await sleep(4000);
        await Promise.all(all().map((proxy) => proxy.setEnabled(false)));
        await sleep(1000);
        await Promise.all(all().map((proxy) => proxy.setEnabled(true)));
      },
    );
  });

  it('keeps acknowledging commands while the relay is cut off from Kafka, reports the stall, and publishes after healing', async () => {
    const metrics = metricsUrlOf(cluster, 'relay');
    const published = () => publishedCommits(metrics);
    let publishedAgain: Promise<number> = Promise.resolve(0);
    // A slower load while the relay is cut off: the backlog it leaves is published and
    // projected after healing, and the suite must stay short.
    const unslow = paceRequests(150);
    const { during } = await underFault(
      `relay partitioned from Kafka for ${PARTITION_MS / 1000} s, its requests written, the answers lost`,
      async () => {
        // Kafka's answers are lost, not the relay's requests: the broker writes batches
        // whose fate the relay cannot know, the harder case for an idempotent producer.
        const heal = await proxies.relayKafka.partition(['downstream']);
        return async () => {
          const before = await published();
          unslow();
          await heal();
          const healedAt = Date.now();
          publishedAgain = until(published, (n) => n > before, 60_000, 'a publish').then(
            () => Date.now() - healedAt,
          );
        };
      },
      async () => {
        const cut = Date.now();
        const stalled = await until(
          () => readinessOf(metrics),
          (answer) => answer.checks?.relay?.status === 'failing',
          STALL_AFTER_MS + 15_000,
          'the relay to report its stall',
        );
        expect(stalled.status).toBe(503);
        expect(stalled.checks?.relay?.error).toMatch(/^stalled: nothing published for \d+ s/);
        await sleep(PARTITION_MS - (Date.now() - cut));
      },
    );
    // The outbox took every command: Kafka is not on a command's way.
    expect(during.filter((a) => a.status >= 300)).toEqual([]);
    expect(during.length).toBeGreaterThan(10);
    const publishedAfterMs = await publishedAgain;
    console.log(`kafka partition: the relay published again ${publishedAfterMs} ms after healing`);
    expect(publishedAfterMs).toBeLessThan(15_000);
    await until(
      () => readinessOf(metrics),
      (answer) => answer.status === 200,
      30_000,
      'the relay to be ready again',
    );
  });

  it('answers 503 within seconds while the api is cut off from the store, and recovers by itself', async () => {
    const { during, injectedAt, healedAt } = await underFault(
      `api partitioned from the store for ${PARTITION_MS / 1000} s`,
      () => proxies.apiStore.partition(),
      async () => {
        const cut = Date.now();
        await sleep(HEARTBEAT_NOTICED_MS);
        const checked = Date.now();
        const ready = await call(cluster.base, 'GET', '/health/ready');
        expect(ready.status).toBe(503);
        expect(Date.now() - checked).toBeLessThan(5000);
        await sleep(PARTITION_MS - (Date.now() - cut));
      },
    );
    // Answered before healing; one sent then may be acknowledged after it, and one under
    // way when the partition began may have been acknowledged before it bit.
    const refused = during.filter((a) => a.at >= injectedAt && a.at + a.ms < healedAt);
    const settled = refused.filter((a) => a.at >= injectedAt + HEARTBEAT_NOTICED_MS);
    console.log(
      `store partition: ${during.length} commands, the slowest answered in ` +
        `${slowest(during)} ms; after the first ${HEARTBEAT_NOTICED_MS / 1000} s in ` +
        `${slowest(settled)} ms at most`,
    );
    expect(refused.filter((a) => a.status !== 503)).toEqual([]);
    expect(slowest(during)).toBeLessThan(HEARTBEAT_NOTICED_MS);
    expect(settled.length).toBeGreaterThan(0);
    expect(slowest(settled)).toBeLessThan(5000);
  });

  it('loses nothing, duplicates nothing in the views and keeps each stream in seq order on Kafka', async () => {
    stopped = true;
    await load;
    await waitForClusterToSettle(store, views);
    const consistency = await expectNothingLostNorDuplicated(store, views, ack);
    await expectTheTopicToHoldEveryCommit(
      store,
      consistency.events,
      cluster.env.KAFKA_TOPIC!,
      servers.addresses.kafkaBrokers,
    );
    expect(report.figures).toHaveLength(5);
  }, 150_000);
});
