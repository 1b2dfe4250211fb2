import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { sealStore } from '@pb/event-store';
import { KafkaTransport, OutboxRelay, type Subscription } from '@pb/messaging';
import {
  assignmentProjection,
  auditProjection,
  campaignProjection,
  campaignVersionProjection,
  lectureProjection,
  memberProjection,
  Projector,
  serviceTaskProjection,
  societyProjection,
  StatusViews,
  type EntityProjection,
} from '@pb/projections';
import type { AppConfig } from './config';
import { openInfrastructure, type Infrastructure } from './infrastructure';

export interface Roles {
  readonly relay: boolean;
  readonly projector: boolean;
}

/** Every level-1 read model the projector builds. */
export const ENTITY_PROJECTIONS = [
  societyProjection,
  memberProjection,
  campaignProjection,
  campaignVersionProjection,
  assignmentProjection,
  lectureProjection,
  serviceTaskProjection,
  auditProjection,
] as unknown as readonly EntityProjection[];

/**
 * One process's share of the system: the adapters, and the relay and the projector
 * when this process runs them. Embedded mode runs all of it in the api process.
 */
export class Runtime {
  private readonly logger = new Logger('Runtime');
  private relay: OutboxRelay | null = null;
  private subscription: Subscription | null = null;
  private projector: Projector | null = null;
  private sealer: NodeJS.Timeout | null = null;

  private constructor(
    readonly config: AppConfig,
    readonly infra: Infrastructure,
  ) {}

  static async open(config: AppConfig): Promise<Runtime> {
    return new Runtime(config, await openInfrastructure(config));
  }

  async start(roles: Roles): Promise<void> {
    const { transport, store, views } = this.infra;
    if (transport instanceof KafkaTransport && (roles.relay || roles.projector))
      await transport.ensureTopic();
    if (transport instanceof KafkaTransport)
      transport.onAssignment = (group, partitions) =>
        this.logger.log(`${group} holds partitions [${partitions.join(',')}]`);
    if (roles.projector) {
      this.projector = new Projector(views, store, ENTITY_PROJECTIONS, [new StatusViews(views)]);
      await this.projector.init();
      const projector = this.projector;
      this.subscription = await transport.subscribe(this.config.projectorGroup, (events) =>
        projector.handle(events),
      );
      this.logger.log(`projector consuming as group ${this.config.projectorGroup}`);
    }
    if (roles.relay) {
      this.relay = new OutboxRelay(store, transport, {
        ...this.config.relay,
        retryMs: 500,
        onError: (error) => this.logger.warn(`relay: ${(error as Error).message}`),
      });
      this.relay.start();
      this.startSealer();
      this.logger.log('relay publishing the outbox');
    }
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

  async close(): Promise<void> {
    if (this.sealer) clearInterval(this.sealer);
    await this.relay?.stop();
    await this.subscription?.close();
    await this.infra.close();
  }
}
