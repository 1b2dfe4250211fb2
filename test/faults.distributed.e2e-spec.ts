import { randomUUID } from 'node:crypto';
import { MongoEventStore, type StoredCommit } from '@pb/event-store';
import { MongoReadModelStore, type SocietyView } from '@pb/projections';
import { Cluster, relayState, untilRelayIs } from './support/cluster';
import { expectNothingLostNorDuplicated, waitForClusterToSettle } from './support/expectations';
import { call, until } from './support/http';
import { expectTheTopicToHoldEveryCommit } from './support/kafka-topic';
import { LoadProgress } from './support/load-progress';
import { OwnServers } from './support/own-servers';
import { paceRequests } from './support/paced-fetch';
import { newAcknowledged, runSocietyLoad, type Acknowledged } from './support/society-load';

jest.setTimeout(120_000);

/** Requests wait this long before they go (see paceRequests). */
const PACE_MS = 50;

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
  const probe = new LoadProgress(() => cluster.base, ack);

  beforeAll(async () => {
    servers = await OwnServers.pick();
    await Promise.all([servers.kafka('start'), servers.mongo('start')]);
    cluster = await Cluster.start('faults', servers.addresses);
    store = new MongoEventStore(cluster.db);
    views = new MongoReadModelStore(cluster.db);
    await untilRelayIs(cluster.app('relay'), 'active', 'the relay to take the lease');
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

  it('keeps serving commands after the api is killed -9 and started again on the same port, ready within 5 s', async () => {
    await probe.recovered();
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
    await probe.recovered();
  });

  it('publishes again after the relay is killed -9 and started again, once its lease runs out', async () => {
    faults++;
    await cluster.app('relay').crash();
    await probe.acknowledged(4);
    await cluster.restart('relay');
    await untilRelayIs(cluster.app('relay'), 'active', 'the new relay to take the lease');
    // The killed relay's lease was still running when the new one started.
    expect(cluster.app('relay').log()).toMatch(/relay is standby[\s\S]*relay is active/);
    await probe.recovered();
  });

  it('projects again after the projector is killed -9 and started again', async () => {
    faults++;
    await cluster.app('projector').crash();
    await probe.acknowledged(4);
    await cluster.restart('projector');
    await probe.recovered();
  });

  it('rides out a stop and restart of the Kafka broker without restarting any app', async () => {
    faults++;
    await servers.kafka('stop');
    await probe.acknowledged(4);
    await servers.kafka('start');
    await probe.recovered();
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
    await untilRelayIs(
      cluster.app('relay'),
      'standby',
      'the relay to stand by without its store',
      15_000,
    );
    await servers.mongo('start');
    await probe.recovered();
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
    await probe.acknowledged(4);
    expect(relayState(standby)).toBe('standby');
    faults++;
    const killed = Date.now();
    await active.crash();
    await untilRelayIs(standby, 'active', 'the standby relay to become active');
    expect(Date.now() - killed).toBeLessThan(15_000);
    await probe.recovered();
  });

  it('loses nothing, duplicates nothing in the views and keeps each stream in seq order on Kafka', async () => {
    stopped = true;
    await load;
    await waitForClusterToSettle(store, views);
    const report = await expectNothingLostNorDuplicated(store, views, ack);
    const { commits, events, messages } = await expectTheTopicToHoldEveryCommit(
      store,
      report.events,
      cluster.env.KAFKA_TOPIC!,
      servers.addresses.kafkaBrokers,
    );
    const counted = await countLostAndDuplicated(commits, views, ack, report.events);
    expect(counted).toEqual({ lost: 0, duplicated: 0 });
    expect(faults).toBe(6);

    const acknowledged = [...ack.societies.values()].reduce(
      (n, society) => n + 1 + society.renames.length,
      0,
    );
    console.log(
      `faults summary: faults injected=${faults}, commands sent=${ack.sent}, ` +
        `commands acknowledged=${acknowledged}, commands failed during faults=${ack.failed}, ` +
        `events checked=${events} (store, views and ${messages} Kafka messages), ` +
        `lost=${counted.lost}, duplicated-in-views=${counted.duplicated}`,
    );
  }, 150_000);
});

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
