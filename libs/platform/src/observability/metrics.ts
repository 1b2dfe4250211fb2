import type { EventEnvelope } from '@pb/contracts';
import type { WrittenCounts } from '@pb/projections';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds, from a fast command to one that waited on a slow store. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What a gauge reads when it is scraped; null (or a failure) shows as NaN: unknown, not zero. */
export type Reading = () => Promise<number | null>;

/** The lag of a consumer group, per partition, as the broker sees it. */
export type PartitionLagReading = () => Promise<readonly { partition: number; lag: number }[]>;

/**
 * The Prometheus metrics of one process, in a registry of its own: several apis in one
 * process (the tests) never share or overwrite a metric.
 */
export class Metrics {
  readonly registry = new Registry();
  /** The api's families, made at their first sample: a relay or projector lists none of them. */
  private api: {
    readonly commands: Counter<'type' | 'outcome'>;
    readonly commandDuration: Histogram<'type'>;
    readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  } | null = null;
  private deadLetters: Counter<'topic' | 'code'> | null = null;
  private projection: {
    readonly applied: Counter<'group'>;
    readonly lag: Gauge<'group'>;
    readonly written: Counter<'group' | 'collection'>;
    readonly lastApplied: Gauge<'group'>;
  } | null = null;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  private apiFamilies() {
    return (this.api ??= {
      commands: new Counter({
        name: 'pb_commands_total',
        help: 'Commands handled, by command type and outcome (ok, or the kind of error)',
        labelNames: ['type', 'outcome'] as const,
        registers: [this.registry],
      }),
      commandDuration: new Histogram({
        name: 'pb_command_duration_seconds',
        help: 'Time from loading the stream to the commit (or the refusal), by command type',
        labelNames: ['type'] as const,
        buckets: LATENCY_BUCKETS,
        registers: [this.registry],
      }),
      httpDuration: new Histogram({
        name: 'pb_http_request_duration_seconds',
        help: 'HTTP requests, by method, route template and status',
        labelNames: ['method', 'route', 'status'] as const,
        buckets: LATENCY_BUCKETS,
        registers: [this.registry],
      }),
    });
  }

  /** Starts timing a command; call the result with its outcome. */
  commandStarted(type: string): (outcome: string) => void {
    const { commandDuration, commands } = this.apiFamilies();
    const stop = commandDuration.startTimer({ type });
    return (outcome) => {
      stop();
      commands.inc({ type, outcome });
    };
  }

  httpAnswered(method: string, route: string, status: number, seconds: number): void {
    this.apiFamilies().httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  /** An inbound message that could not be applied and went to the dead-letter topic. */
  deadLettered(topic: string, code: string): void {
    this.deadLetters ??= new Counter({
      name: 'pb_inbound_dead_letters_total',
      help: 'Inbound messages sent to the dead-letter topic, by topic and reason code',
      labelNames: ['topic', 'code'] as const,
      registers: [this.registry],
    });
    this.deadLetters.inc({ topic, code });
  }

  /**
   * The relay: commits not yet published (read when scraped), those this process has
   * published, and whether it holds the relay lease (the one process that publishes).
   */
  watchRelay(backlog: Reading, published: () => number, holdsLease: () => boolean): void {
    gauge(
      this.registry,
      'pb_relay_backlog_commits',
      'Commits in the outbox, not yet published',
      backlog,
    );
    let counted = 0;
    new Counter({
      name: 'pb_relay_published_commits_total',
      help: 'Commits this process has published since it started',
      registers: [this.registry],
      collect() {
        // The relay counts; the counter catches up with it when scraped.
        const now = published();
        if (now > counted) this.inc(now - counted);
        counted = Math.max(counted, now);
      },
    });
    gauge(
      this.registry,
      'pb_relay_lease_held',
      '1 while this process holds the relay lease and publishes, 0 while it stands by',
      async () => (holdsLease() ? 1 : 0),
    );
  }

  /** A batch the projector has written to the views, and the documents it wrote per collection. */
  projected(
    group: string,
    events: readonly EventEnvelope[],
    written: WrittenCounts = {},
    now = Date.now(),
  ): void {
    if (events.length === 0) return;
    this.projection ??= {
      applied: new Counter({
        name: 'pb_projection_events_total',
        help: 'Events applied to the read models, by consumer group',
        labelNames: ['group'] as const,
        registers: [this.registry],
      }),
      lag: new Gauge({
        name: 'pb_projection_lag_seconds',
        help: 'Seconds between the recording of the newest event of the last batch and its arrival in the views',
        labelNames: ['group'] as const,
        registers: [this.registry],
      }),
      written: new Counter({
        name: 'pb_projection_documents_written_total',
        help: 'Documents the projector wrote to the read models (positions and status views included), by consumer group and collection',
        labelNames: ['group', 'collection'] as const,
        registers: [this.registry],
      }),
      lastApplied: new Gauge({
        name: 'pb_projection_last_applied_timestamp_seconds',
        help: 'When the projector last wrote a batch (Unix time)',
        labelNames: ['group'] as const,
        registers: [this.registry],
      }),
    };
    const newest = events.reduce((max, e) => (e.recordedAt > max ? e.recordedAt : max), '');
    const recorded = Date.parse(newest);
    this.projection.applied.inc({ group }, events.length);
    for (const [collection, documents] of Object.entries(written))
      this.projection.written.inc({ group, collection }, documents);
    if (Number.isFinite(recorded))
      this.projection.lag.set({ group }, Math.max(0, now - recorded) / 1000);
    this.projection.lastApplied.set({ group }, now / 1000);
  }

  /** The projector group's lag per partition, in events, read from the broker when scraped. */
  watchConsumerLag(group: string, read: PartitionLagReading): void {
    lagGauge(
      this.registry,
      'pb_projection_lag_events',
      'Events on the topic the consumer group has not yet committed, per partition',
      group,
      read,
    );
  }

  /** The inbound consumer group's lag per partition, in messages, read when scraped. */
  watchInboundLag(group: string, read: PartitionLagReading): void {
    lagGauge(
      this.registry,
      'pb_inbound_lag_messages',
      'Messages on the inbound topic the api group has not yet committed, per partition',
      group,
      read,
    );
  }
}

function lagGauge(
  registry: Registry,
  name: string,
  help: string,
  group: string,
  read: PartitionLagReading,
): void {
  new Gauge({
    name,
    help,
    labelNames: ['group', 'partition'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const { partition, lag } of await read())
          this.set({ group, partition: String(partition) }, lag);
      } catch {
        // The broker is unreachable: an empty gauge rather than a failed scrape.
      }
    },
  });
}

function gauge(registry: Registry, name: string, help: string, read: Reading): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      // NaN, not 0, when the source cannot be read: an unknown backlog is not an empty one.
      const value = await read().catch(() => null);
      this.set(value ?? NaN);
    },
  });
}
