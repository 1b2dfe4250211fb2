import type { EventEnvelope } from '@pb/contracts';
import type { StoredCommit } from '@pb/event-store';

/** Handles a batch of events; resolving means they are applied and may be acknowledged. */
export type EventBatchHandler = (events: readonly EventEnvelope[]) => Promise<void>;

export interface Subscription {
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /** Told which partitions this process holds after each rebalance, where the transport has partitions. */
  readonly onAssignment?: (partitions: readonly number[]) => void;
}

/**
 * Carries committed events from the relay to the projectors, at least once, each
 * stream's events in order. The port doubles as the DI token.
 */
export abstract class EventTransport {
  /**
   * Creates what publishing and consuming need and may be missing (Kafka: the events
   * topic). Nothing by default.
   */
  async prepare(): Promise<void> {}

  /** Resolves once the events of these commits are durably handed over. */
  abstract publish(commits: readonly StoredCommit[]): Promise<void>;

  /**
   * Delivers events to `handler`, a batch at a time. Consumers sharing a `group`
   * share the work; a batch whose handler rejects is delivered again.
   */
  abstract subscribe(
    group: string,
    handler: EventBatchHandler,
    options?: SubscribeOptions,
  ): Promise<Subscription>;

  abstract close(): Promise<void>;
}

/** The events of commits, in commit order, then index order. */
export function eventsOf(commits: readonly StoredCommit[]): EventEnvelope[] {
  return commits.flatMap((commit) => commit.events);
}
