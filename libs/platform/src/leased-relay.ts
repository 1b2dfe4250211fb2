import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { LoggerService } from '@nestjs/common';
import type { RelayLease } from '@pb/event-store';

/** What runs only while the lease is held: the relay and the jobs beside it. */
export interface LeasedWork {
  start(): void;
  /** Settles once the work has finished what it was doing. */
  stop(): Promise<void>;
}

/** How long a relay holds the lease without renewing it. */
const LEASE_TTL_MS = 10_000;
/** How often the holder renews and a standby asks: a third of the ttl leaves two misses. */
const LEASE_RENEW_MS = 3_000;

/**
 * Runs the relay of a distributed deployment only while this process holds the relay
 * lease: asks for it, renews it, and stops publishing as soon as it is lost or its
 * renewal hangs past the ttl, so that two relays never publish at once. Any number of
 * processes may run one; the others stand by and take over within the ttl.
 */
export class LeasedRelay {
  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private state: 'unknown' | 'active' | 'standby' = 'unknown';

  /** Whether this process holds the lease now, and so is the one that publishes. */
  get holdsLease(): boolean {
    return this.state === 'active';
  }

  private timer: NodeJS.Timeout | null = null;
  private guard: NodeJS.Timeout | null = null;
  private turn: Promise<void> = Promise.resolve();
  /** Settles once the work stopped on losing the lease has finished its last batch. */
  private workStopped: Promise<void> | null = null;
  private closing = false;

  constructor(
    private readonly lease: RelayLease,
    private readonly work: LeasedWork,
    private readonly logger: LoggerService,
  ) {}

  start(): void {
    this.logger.log(`relay ${this.holder} asks for the lease`);
    this.tick();
  }

  /** Stops the work and hands the lease back, sparing the standby the ttl. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.guard) clearTimeout(this.guard);
    await this.turn;
    await this.work.stop();
    // When the store is down, the ttl frees the lease.
    if (this.state === 'active') await this.lease.release(this.holder).catch(() => undefined);
  }

  /**
   * One turn of the loop: take or renew the lease, work while it is held, stand by
   * otherwise. Turns never overlap; the next is scheduled when this one is done.
   */
  private tick(): void {
    this.turn = this.renew().finally(() => {
      if (!this.closing) this.timer = setTimeout(() => this.tick(), LEASE_RENEW_MS);
    });
  }

  private async renew(): Promise<void> {
    // The lease's expiry in the store is wall-clock time, the one clock relays share; how
    // long this process may go on is measured on its monotonic clock, which no jump moves.
    const asked = performance.now();
    let held = false;
    try {
      held = await this.lease.tryAcquire(this.holder, LEASE_TTL_MS, new Date());
    } catch (error) {
      if (this.state !== 'standby') this.logger.warn(`relay lease: ${(error as Error).message}`);
    }
    if (this.closing) return;
    if (!held) return this.standBy();
    // A renewal that hangs must not outlive the lease it renewed: stop when it runs out.
    if (this.guard) clearTimeout(this.guard);
    this.guard = setTimeout(() => this.standBy(), asked + LEASE_TTL_MS - performance.now());
    if (this.state !== 'active') await this.activate();
  }

  private async activate(): Promise<void> {
    // The work stopped on the last loss may still be inside a publish (a broker that is
    // down); two loops at once would publish the outbox twice over. Wait for the next turn.
    if (this.workStopped && !(await settledWithin(this.workStopped, 100))) return;
    this.workStopped = null;
    this.work.start();
    this.state = 'active';
    this.logger.log('relay is active (lease held)');
  }

  /** Stops working at once; the loop keeps asking. */
  private standBy(): void {
    if (this.guard) clearTimeout(this.guard);
    this.guard = null;
    if (this.state === 'standby') return;
    if (this.state === 'active') this.workStopped = this.work.stop();
    this.state = 'standby';
    this.logger.log('relay is standby');
  }
}

function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
