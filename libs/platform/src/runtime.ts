import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pb/contracts';
import { Logger } from '@nestjs/common';
import { sealStore } from '@pb/event-store';
import { OutboxRelay, type Subscription } from '@pb/messaging';
import { ENTITY_PROJECTIONS, openProjector, type WrittenCounts } from '@pb/projections';
import type { AppConfig } from './config';
import { embeddedFiles } from './embedded-files';
import {
  openInfrastructure,
  type Infrastructure,
  type InfrastructureOptions,
} from './infrastructure';
import { LeasedRelay } from './leased-relay';
import { ProjectorThread } from './projector-thread/projector-thread';
import { KafkaProbe } from './observability/kafka-probe';
import { Metrics } from './observability/metrics';
import { serveMetrics, type MetricsServer } from './observability/metrics-server';
import { checkReadiness, type Readiness, type ReadinessCheck } from './observability/readiness';
import { checkRelayStall } from './observability/relay-stall';

export interface Roles {
  readonly relay: boolean;
  readonly projector: boolean;
}

/**
 * One process's share of the system: the adapters, and the relay and the projector
 * when this process runs them. Embedded mode runs all of it in the api process.
 */
export class Runtime {
  private readonly logger = new Logger('Runtime');
  private relay: OutboxRelay | null = null;
  private leasedRelay: LeasedRelay | null = null;
  private subscription: Subscription | null = null;
  private projectorThread: ProjectorThread | null = null;
  private sealer: NodeJS.Timeout | null = null;
  /** This process's metrics, in a registry of its own. */
  readonly metrics = new Metrics();
  /** The readiness check's and the consumer lag's view of Kafka; null in embedded mode. */
  readonly kafkaProbe: KafkaProbe | null;
  private metricsServer: MetricsServer | null = null;

  private constructor(
    readonly config: AppConfig,
    readonly infra: Infrastructure,
  ) {
    this.kafkaProbe = config.kafka ? new KafkaProbe(config.kafka) : null;
  }

  static async open(config: AppConfig, options: InfrastructureOptions = {}): Promise<Runtime> {
    return new Runtime(config, await openInfrastructure(config, options));
  }

  async start(roles: Roles): Promise<void> {
    const { transport, views } = this.infra;
    // Connected now, so that the first readiness check of a restarted process does not
    // wait for it; a failure here only means the check connects again.
    void this.kafkaProbe?.ping().catch(() => undefined);
    if (roles.relay || roles.projector) await transport.prepare();
    if (!roles.projector)
      // The collections this process finds documents in by a lookup (an ownership check
      // reads a society's assignments): declared, so that the adapter uses their entries.
      // Side by side: each is a few round trips, and a restarted api waits for them all.
      await Promise.all(
        ENTITY_PROJECTIONS.filter((projection) => projection.spec.lookups?.length).map(
          (projection) => views.ensureCollection(projection.spec),
        ),
      );
    if (roles.projector) await this.startProjecting();
    if (roles.relay) this.startRelay();
  }

  private async startProjecting(): Promise<void> {
    const apply = await this.startProjector();
    const group = this.config.projectorGroup;
    this.subscription = await this.infra.transport.subscribe(
      group,
      async (events) => {
        const written = await apply(events);
        this.metrics.projected(group, events, written);
      },
      {
        onAssignment: (partitions) =>
          this.logger.log(`${group} holds partitions [${partitions.join(',')}]`),
      },
    );
    const probe = this.kafkaProbe;
    if (probe) this.metrics.watchConsumerLag(group, () => probe.consumerLag(group));
    this.logger.log(`projector consuming as group ${group}`);
  }

  /**
   * Embedded mode publishes at once; in distributed mode the relay publishes, and the
   * seal runs, only while this process holds the relay lease.
   */
  private startRelay(): void {
    const { store, transport } = this.infra;
    const relay = new OutboxRelay(store, transport, {
      batchSize: this.config.relay.batchSize,
      idleMs: this.config.relay.idleMs,
      retryMs: 500,
      onError: (error) => this.logger.warn(`relay: ${(error as Error).message}`),
    });
    this.relay = relay;
    this.metrics.watchRelay(
      () => store.countUndispatched(),
      () => relay.publishedCount,
      // Embedded mode has one relay and no lease: it always publishes.
      () => this.leasedRelay?.holdsLease ?? this.config.mode !== 'distributed',
    );
    const work = {
      start: () => {
        relay.start();
        this.startSealer();
      },
      stop: () => {
        this.stopSealer();
        return relay.stop();
      },
    };
    if (this.config.mode === 'distributed') {
      this.leasedRelay = new LeasedRelay(this.infra.lease, work, this.logger);
      this.leasedRelay.start();
    } else {
      work.start();
      this.logger.log('relay publishing the outbox');
    }
  }

  /**
   * The projector of this process. Embedded mode runs it on a thread of its own, with
   * its own connections to the SQLite files, so that projecting does not take turns
   * with answering requests; a distributed projector process runs it in its one thread.
   */
  private async startProjector(): Promise<
    (events: readonly EventEnvelope[]) => Promise<WrittenCounts>
  > {
    if (this.config.mode === 'embedded') {
      const files = embeddedFiles(this.config.dataDir);
      const thread = await ProjectorThread.start({
        eventsFile: files.events,
        viewsFile: files.views,
      });
      this.projectorThread = thread;
      return (events) => thread.apply(events);
    }
    const projector = await openProjector(this.infra.views, this.infra.store);
    return (events) => projector.handle(events).then(() => projector.written.take());
  }

  /** The hourly seal runs beside the relay, which has one active instance. */
  private startSealer(): void {
    const minutes = this.config.sealIntervalMinutes;
    if (minutes === 0) return;
    this.sealer = setInterval(() => {
      sealStore(this.infra.store, {
        federationId: this.config.federationId,
        now: () => new Date(),
        newId: randomUUID,
      }).then(
        (seal) => this.logger.log(`sealed ${seal.streams} streams, root ${seal.root}`),
        (error: unknown) => this.logger.warn(`seal failed: ${(error as Error).message}`),
      );
    }, minutes * 60_000);
    this.sealer.unref();
  }

  private stopSealer(): void {
    if (this.sealer) clearInterval(this.sealer);
    this.sealer = null;
  }

  /**
   * Whether this process can serve: the store and Kafka answer and, where this process
   * runs the relay of the distributed mode, the relay is not stalled. The embedded api's
   * relay only feeds its own views: a stall there must not take the one api out of service.
   * A full disk does: every command would answer 503 until space is freed.
   */
  readiness(): Promise<Readiness> {
    const own: Record<string, ReadinessCheck> = {};
    if (this.infra.writable) own.disk = this.infra.writable;
    const relay = this.relay;
    if (relay && this.config.mode === 'distributed')
      own.relay = () =>
        checkRelayStall({
          progress: () => relay.progress(),
          backlog: () => this.infra.store.countUndispatched(),
          stallAfterMs: this.config.relay.stallAfterMs,
        });
    return checkReadiness(this.infra.store, this.kafkaProbe, own);
  }

  /** Called after every commit: wakes the relay when it runs in this process. */
  committed(): void {
    this.relay?.notify();
  }

  /**
   * Serves this process's metrics on their own port (METRICS_PORT, else `defaultPort`);
   * returns the URL, or null when METRICS_PORT is off.
   */
  async serveMetrics(defaultPort: number): Promise<string | null> {
    const settings = this.config.observability.metrics;
    if (!settings) return null;
    this.metricsServer = await serveMetrics(
      this.metrics.registry,
      settings.host,
      settings.port ?? defaultPort,
      () => this.readiness(),
    );
    this.logger.log(`metrics at ${this.metricsServer.url}`);
    return this.metricsServer.url;
  }

  async close(): Promise<void> {
    this.stopSealer();
    await this.metricsServer?.close();
    await (this.leasedRelay ? this.leasedRelay.close() : this.relay?.stop());
    await this.subscription?.close();
    await this.projectorThread?.close();
    await this.kafkaProbe?.close();
    await this.infra.close();
  }
}
