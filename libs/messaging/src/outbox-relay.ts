import type { EventStore, StoredCommit } from '@pb/event-store';
import type { EventTransport } from './transport.port';

export interface RelayOptions {
  readonly batchSize: number;
  /** How long to wait before looking again when the outbox is empty. */
  readonly idleMs: number;
  /** How long to wait after a failure (store or broker down) before trying again. */
  readonly retryMs: number;
  readonly onError?: (error: unknown) => void;
  /** The clock of `progress()`: monotonic (performance.now), unless a test says otherwise. */
  readonly now?: () => number;
}

/** Whether the relay moves: what a readiness check needs to tell a stalled relay from an idle one. */
export interface RelayProgress {
  /** Started and not stopped: it holds the lease, where there is one. */
  readonly running: boolean;
  /**
   * When it last found the outbox empty or published a batch, on the relay's clock (the
   * monotonic one, in ms); when it started, if neither has happened since.
   */
  readonly progressAt: number;
  /** The message of its last failure since that progress, if any. */
  readonly lastError: string | null;
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
  private progressAt = 0;
  private lastError: string | null = null;
  private readonly now: () => number;

  constructor(
    private readonly store: EventStore,
    private readonly transport: EventTransport,
    private readonly options: RelayOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** Commits published since start. */
  get publishedCount(): number {
    return this.published;
  }

  progress(): RelayProgress {
    return { running: this.running, progressAt: this.progressAt, lastError: this.lastError };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.moved();
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

  /**
   * Batch after batch, each marked while the next is read and published: a stream's
   * commits still go out in order (a batch is published only after the one before), and
   * the store does not hand out a batch being marked. A crash publishes again what was
   * published and not yet marked, one batch more than drainOnce would.
   */
  private async run(): Promise<void> {
    let marking: Promise<void> | null = null;
    while (this.running) {
      try {
        this.dirty = false;
        const commits = await this.store.readUndispatched(this.options.batchSize);
        if (commits.length > 0) {
          await this.transport.publish(commits);
          if (marking) await marking;
          marking = this.mark(commits);
        }
        this.moved();
        if (commits.length < this.options.batchSize && !this.dirty) {
          if (marking) await marking;
          marking = null;
          await this.pause(this.options.idleMs);
        }
      } catch (error) {
        // A batch still being marked settles first; if it failed, the next read hands it out again.
        await marking?.catch((other: unknown) => other !== error && this.options.onError?.(other));
        marking = null;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(error);
        await this.pause(this.options.retryMs);
      }
    }
    if (marking) await marking.catch((error: unknown) => this.options.onError?.(error));
  }

  private moved(): void {
    this.progressAt = this.now();
    this.lastError = null;
  }

  /** Marks a published batch; its failure is reported where the loop awaits it. */
  private mark(commits: readonly StoredCommit[]): Promise<void> {
    const done = this.store
      .markDispatched(commits.map((commit) => commit.id))
      .then(() => void (this.published += commits.length));
    done.catch(() => undefined); // awaited later; not an unhandled rejection meanwhile
    return done;
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
