import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EventEnvelope } from '@pb/contracts';
import { Logger } from '@nestjs/common';
import { sealStore } from '@pb/event-store';
import { OutboxRelay, type Subscription } from '@pb/messaging';
import { Projector, StatusViews } from '@pb/projections';
import type { AppConfig } from './config';
import { embeddedFiles } from './embedded-files';
import { ENTITY_PROJECTIONS } from './entity-projections';
import { openInfrastructure, type Infrastructure } from './infrastructure';
import { ProjectorThread } from './projector-thread/projector-thread';
import { KafkaProbe } from './observability/kafka-probe';
import { Metrics } from './observability/metrics';
import { serveMetrics, type MetricsServer } from './observability/metrics-server';

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

  static async open(config: AppConfig): Promise<Runtime> {
    return new Runtime(config, await openInfrastructure(config));
  }

  async start(roles: Roles): Promise<void> {
    const { transport, store, views } = this.infra;
    if (roles.relay || roles.projector) await transport.prepare();
    if (!roles.projector)
      // The collections this process finds documents in by a lookup (an ownership check
      // reads a society's assignments): declared, so that the adapter uses their entries.
      for (const projection of ENTITY_PROJECTIONS)
        if (projection.spec.lookups?.length) await views.ensureCollection(projection.spec);
    if (roles.projector) {
      const apply = await this.startProjector();
      const group = this.config.projectorGroup;
      this.subscription = await transport.subscribe(
        group,
        async (events) => {
          await apply(events);
          this.metrics.projected(group, events);
        },
        {
          onAssignment: (partitions) =>
            this.logger.log(`${group} holds partitions [${partitions.join(',')}]`),
        },
      );
      const probe = this.kafkaProbe;
      if (probe) this.metrics.watchConsumerLag(group, () => probe.consumerLag(group));
      this.logger.log(`projector consuming as group ${this.config.projectorGroup}`);
    }
    if (roles.relay) {
      this.relay = new OutboxRelay(store, transport, {
        ...this.config.relay,
        retryMs: 500,
        onError: (error) => this.logger.warn(`relay: ${(error as Error).message}`),
      });
      this.metrics.watchRelay(
        () => store.countUndispatched(),
        () => this.relay?.publishedCount ?? 0,
      );
      if (this.config.mode === 'distributed') {
        this.logger.log(`relay ${this.holder} asks for the lease`);
        this.leaseTick();
      } else {
        this.relay.start();
        this.startSealer();
        this.logger.log('relay publishing the outbox');
      }
    }
  }

  /**
   * The projector of this process. Embedded mode runs it on a thread of its own, with
   * its own connections to the SQLite files, so that projecting does not take turns
   * with answering requests; a distributed projector process runs it in its one thread.
   */
  private async startProjector(): Promise<(events: readonly EventEnvelope[]) => Promise<void>> {
    if (this.config.mode === 'embedded') {
      const files = embeddedFiles(this.config.dataDir);
      const thread = await ProjectorThread.start({
        eventsFile: files.events,
        viewsFile: files.views,
      });
      this.projectorThread = thread;
      return (events) => thread.apply(events);
    }
    const { store, views } = this.infra;
    const projector = new Projector(views, store, ENTITY_PROJECTIONS, [new StatusViews(views)]);
    await projector.init();
    return (events) => projector.handle(events).then(() => undefined);
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
    );
    this.logger.log(`metrics at ${this.metricsServer.url}`);
    return this.metricsServer.url;
  }

  async close(): Promise<void> {
    if (this.sealer) clearInterval(this.sealer);
    await this.metricsServer?.close();
    await this.stopRelay();
    await this.subscription?.close();
    await this.projectorThread?.close();
    await this.kafkaProbe?.close();
    await this.infra.close();
  }

  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private relayState: 'unknown' | 'active' | 'standby' = 'unknown';
  private leaseTimer: NodeJS.Timeout | null = null;
  private leaseGuard: NodeJS.Timeout | null = null;
  private leaseTurn: Promise<void> = Promise.resolve();
  /** Settles once the relay loop stopped on losing the lease has finished its last batch. */
  private relayStopped: Promise<void> | null = null;
  private closing = false;

  /**
   * One turn of the lease loop: take or renew the lease, publish while it is held, stand
   * by otherwise. Turns never overlap; the next is scheduled when this one is done.
   */
  private leaseTick(): void {
    this.leaseTurn = this.renewLease().finally(() => {
      if (!this.closing) this.leaseTimer = setTimeout(() => this.leaseTick(), LEASE_RENEW_MS);
    });
  }

  private async renewLease(): Promise<void> {
    const asked = Date.now();
    let held = false;
    try {
      held = await this.infra.lease.tryAcquire(this.holder, LEASE_TTL_MS, new Date(asked));
    } catch (error) {
      if (this.relayState !== 'standby')
        this.logger.warn(`relay lease: ${(error as Error).message}`);
    }
    if (this.closing) return;
    if (!held) return this.standBy();
    // A renewal that hangs must not outlive the lease it renewed: stop when it runs out.
    if (this.leaseGuard) clearTimeout(this.leaseGuard);
    this.leaseGuard = setTimeout(() => this.standBy(), asked + LEASE_TTL_MS - Date.now());
    if (this.relayState !== 'active') await this.activate();
  }

  private async activate(): Promise<void> {
    // The loop stopped on the last loss may still be inside a publish (a broker that is
    // down); two loops at once would publish the outbox twice over. Wait for the next turn.
    if (this.relayStopped && !(await settledWithin(this.relayStopped, 100))) return;
    this.relayStopped = null;
    this.relay?.start();
    this.startSealer();
    this.relayState = 'active';
    this.logger.log('relay is active (lease held)');
  }

  /** Stops publishing at once; the lease loop keeps asking. */
  private standBy(): void {
    if (this.leaseGuard) clearTimeout(this.leaseGuard);
    this.leaseGuard = null;
    if (this.relayState === 'standby') return;
    if (this.relayState === 'active') {
      if (this.sealer) clearInterval(this.sealer);
      this.sealer = null;
      this.relayStopped = this.relay?.stop() ?? null;
    }
    this.relayState = 'standby';
    this.logger.log('relay is standby');
  }

  private async stopRelay(): Promise<void> {
    this.closing = true;
    if (this.leaseTimer) clearTimeout(this.leaseTimer);
    if (this.leaseGuard) clearTimeout(this.leaseGuard);
    await this.leaseTurn;
    await this.relay?.stop();
    // Handing the lease back spares the standby the ttl; when the store is down, the ttl frees it.
    if (this.relayState === 'active')
      await this.infra.lease.release(this.holder).catch(() => undefined);
  }
}

/** How long a relay holds the lease without renewing it. */
const LEASE_TTL_MS = 10_000;
/** How often the holder renews and a standby asks: a third of the ttl leaves two misses. */
const LEASE_RENEW_MS = 3_000;

function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
