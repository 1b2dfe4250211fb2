import { Cluster } from './support/cluster';
import { ApiClient } from './support/api-client';
import { call, until } from './support/http';
import { metricsUrlOf, scrape, values } from './support/metrics';

jest.setTimeout(90000);

describe('operations in distributed mode: readiness, relay backlog and projection lag', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start('ops');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('reports the store and Kafka ready, and each process serves its own metrics', async () => {
    const ready = await call(cluster.base, 'GET', '/health/ready', undefined, {
      authorization: 'none',
    });
    expect(ready.status).toBe(200);
    expect(ready.body.checks.store.status).toBe('ok');
    expect(ready.body.checks.kafka.status).toBe('ok');

    const urls = (['api', 'relay', 'projector'] as const).map((app) => metricsUrlOf(cluster, app));
    expect(new Set(urls.map((url) => new URL(url).port)).size).toBe(3);
    const [api, relay, projector] = urls as [string, string, string];

    const client = new ApiClient(cluster.base);
    const id = await client.society('运维指标学会');
    await until(
      () => call(cluster.base, 'GET', `/societies/${id}`),
      (answer) => answer.status === 200,
      30000,
      'the society in the view',
    );

    expect(values(await scrape(api), 'pb_commands_total')).toContain(1);
    const relayLines = await until(
      () => scrape(relay),
      (lines) => (values(lines, 'pb_relay_published_commits_total')[0] ?? 0) >= 1,
      15000,
      'a published commit in the relay metrics',
    );
    expect(values(relayLines, 'pb_relay_backlog_commits')).toEqual([0]);

    // The relay has no api port: its readiness is on its metrics port, with its stall rule.
    const relayReady = await fetch(relay.replace('/metrics', '/health/ready'));
    expect(relayReady.status).toBe(200);
    expect(await relayReady.json()).toMatchObject({
      status: 'ok',
      checks: { store: { status: 'ok' }, kafka: { status: 'ok' }, relay: { status: 'ok' } },
    });

    // The lag per partition as the broker sees it: all four partitions, all caught up.
    const projectorLines = await until(
      () => scrape(projector),
      (lines) => {
        const lags = values(lines, 'pb_projection_lag_events');
        return (
          lags.length === 4 &&
          lags.every((lag) => lag === 0) &&
          values(lines, 'pb_projection_lag_seconds').length === 1
        );
      },
      15000,
      'the consumer lag of every partition at 0 and a batch timed',
    );
    const [seconds] = values(projectorLines, 'pb_projection_lag_seconds');
    expect(seconds).toBeGreaterThanOrEqual(0);
    expect(seconds).toBeLessThan(30);
    expect(values(projectorLines, 'pb_projection_events_total')[0]).toBeGreaterThanOrEqual(1);
    // Each applied event wrote at least its audit entry.
    const written = values(projectorLines, 'pb_projection_documents_written_total');
    expect(written.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
      values(projectorLines, 'pb_projection_events_total')[0]!,
    );
    expect(values(relayLines, 'pb_projection_lag_events')).toEqual([]);
  });
});
