import type { EventStore } from '@pb/event-store';
import type { EventTransport } from './transport.port';

export interface RelayOptions {
  readonly batchSize: number;
  /** How long to wait before looking again when the outbox is empty. */
  readonly idleMs: number;
  /** How long to wait after a failure (store or broker down) before trying again. */
  readonly retryMs: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Publishes every commit, at least once, in each stream's order: read the oldest
 * undispatched commits, publish, then mark them dispatched. A crash between publishing
 * and marking publishes again; consumers deduplicate by position.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private published = 0;
  private dirty = false;

  constructor(
    private readonly store: EventStore,
    private readonly transport: EventTransport,
    private readonly options: RelayOptions,
  ) {}

  /** Commits published since start. */
  get publishedCount(): number {
    return this.published;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Tells the relay that a commit was just appended, so it need not wait for its next look. */
  notify(): void {
    this.dirty = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
  }

  /** Publishes one batch; returns how many commits it published. */
  async drainOnce(): Promise<number> {
    const commits = await this.store.readUndispatched(this.options.batchSize);
    if (commits.length === 0) return 0;
    await this.transport.publish(commits);
    await this.store.markDispatched(commits.map((commit) => commit.id));
    this.published += commits.length;
    return commits.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        this.dirty = false;
        const count = await this.drainOnce();
        if (count < this.options.batchSize && !this.dirty) await this.pause(this.options.idleMs);
      } catch (error) {
        this.options.onError?.(error);
        await this.pause(this.options.retryMs);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
