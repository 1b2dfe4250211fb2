import type { EventEnvelope } from '@pb/contracts';
import { Metrics } from './metrics';

function line(text: string, start: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(start));
}

describe('the metrics of one process', () => {
  it('count commands by type and outcome and time them', async () => {
    const metrics = new Metrics();
    metrics.commandStarted('RegisterSociety')('ok');
    metrics.commandStarted('RegisterSociety')('conflict');
    metrics.commandStarted('RegisterSociety')('ok');
    const text = await metrics.registry.metrics();
    expect(line(text, 'pb_commands_total{type="RegisterSociety",outcome="ok"}')).toMatch(/ 2$/);
    expect(line(text, 'pb_commands_total{type="RegisterSociety",outcome="conflict"}')).toMatch(
      / 1$/,
    );
    expect(line(text, 'pb_command_duration_seconds_count{type="RegisterSociety"}')).toMatch(/ 3$/);
  });

  it('keep two registries apart', async () => {
    const one = new Metrics();
    const two = new Metrics();
    one.commandStarted('RetireMember')('ok');
    expect(await two.registry.metrics()).not.toContain('RetireMember');
    expect(await one.registry.metrics()).toContain('RetireMember');
  });

  it('measure the projection lag from the newest event of a batch', async () => {
    const metrics = new Metrics();
    const events = [
      { recordedAt: '2026-01-01T00:00:00.000Z' },
      { recordedAt: '2026-01-01T00:00:02.000Z' },
    ] as EventEnvelope[];
    metrics.projected('views', events, {}, Date.parse('2026-01-01T00:00:05.000Z'));
    const text = await metrics.registry.metrics();
    expect(line(text, 'pb_projection_lag_seconds{group="views"}')).toMatch(/ 3$/);
    expect(line(text, 'pb_projection_events_total{group="views"}')).toMatch(/ 2$/);
  });

  it('count the documents each batch wrote, per collection', async () => {
    const metrics = new Metrics();
    const events = [{ recordedAt: '2026-01-01T00:00:00.000Z' }] as EventEnvelope[];
    metrics.projected('views', events, { lectures: 1, society_status: 2 });
    metrics.projected('views', events, { lectures: 3 });
    const text = await metrics.registry.metrics();
    expect(
      line(text, 'pb_projection_documents_written_total{group="views",collection="lectures"}'),
    ).toMatch(/ 4$/);
    expect(
      line(
        text,
        'pb_projection_documents_written_total{group="views",collection="society_status"}',
      ),
    ).toMatch(/ 2$/);
  });

  it('read the relay backlog when scraped, NaN when the store cannot say', async () => {
    const metrics = new Metrics();
    let backlog: () => Promise<number> = async () => 7;
    metrics.watchRelay(
      () => backlog(),
      () => 3,
      () => true,
    );
    expect(line(await metrics.registry.metrics(), 'pb_relay_backlog_commits ')).toBe(
      'pb_relay_backlog_commits 7',
    );
    backlog = () => Promise.reject(new Error('store down'));
    // prom-client writes NaN as "Nan"; Prometheus reads either.
    expect(line(await metrics.registry.metrics(), 'pb_relay_backlog_commits ')).toMatch(/ nan$/i);
  });

  it('count published commits as a counter, and say whether this process holds the lease', async () => {
    const metrics = new Metrics();
    let published = 3;
    let holds = false;
    metrics.watchRelay(
      async () => 0,
      () => published,
      () => holds,
    );
    let text = await metrics.registry.metrics();
    expect(text).toContain('# TYPE pb_relay_published_commits_total counter');
    expect(line(text, 'pb_relay_published_commits_total ')).toBe(
      'pb_relay_published_commits_total 3',
    );
    expect(line(text, 'pb_relay_lease_held ')).toBe('pb_relay_lease_held 0');
    published = 10;
    holds = true;
    text = await metrics.registry.metrics();
    expect(line(text, 'pb_relay_published_commits_total ')).toBe(
      'pb_relay_published_commits_total 10',
    );
    expect(line(text, 'pb_relay_lease_held ')).toBe('pb_relay_lease_held 1');
  });

  it('list only the families a process uses: a relay shows no command or HTTP metrics', async () => {
    const metrics = new Metrics();
    metrics.watchRelay(
      async () => 0,
      () => 0,
      () => true,
    );
    const text = await metrics.registry.metrics();
    for (const family of [
      'pb_commands_total',
      'pb_command_duration_seconds',
      'pb_http_request_duration_seconds',
      'pb_inbound_dead_letters_total',
      'pb_projection_events_total',
    ])
      expect(text).not.toContain(family);
    metrics.deadLettered('society-register', 'INBOUND.INVALID');
    expect(await metrics.registry.metrics()).toContain(
      'pb_inbound_dead_letters_total{topic="society-register",code="INBOUND.INVALID"} 1',
    );
  });

  it('report the consumer lag per partition, and nothing when the broker cannot be asked', async () => {
    const metrics = new Metrics();
    let fail = false;
    metrics.watchConsumerLag('views', async () => {
      if (fail) throw new Error('broker down');
      return [
        { partition: 0, lag: 0 },
        { partition: 1, lag: 5 },
      ];
    });
    const text = await metrics.registry.metrics();
    expect(line(text, 'pb_projection_lag_events{group="views",partition="1"}')).toMatch(/ 5$/);
    fail = true;
    expect(await metrics.registry.metrics()).not.toMatch(/^pb_projection_lag_events\{/m);
  });

  it('report the inbound consumer lag per partition', async () => {
    const metrics = new Metrics();
    metrics.watchInboundLag('inbound', async () => [{ partition: 3, lag: 2 }]);
    const text = await metrics.registry.metrics();
    expect(line(text, 'pb_inbound_lag_messages{group="inbound",partition="3"}')).toMatch(/ 2$/);
  });
});
