import type { StoredCommit } from '@pb/event-store';
import {
  EventTransport,
  eventsOf,
  type EventBatchHandler,
  type Subscription,
} from '../transport.port';

/**
 * The embedded transport: `publish` hands the events to every group's handler and
 * resolves only after each has applied them, so the relay marks a commit dispatched
 * only once it is in the views. A crash before that leaves it undispatched, and the
 * relay sends it again after the restart. Within a group, handlers take turns.
 */
export class InProcessTransport extends EventTransport {
  private readonly groups = new Map<string, EventBatchHandler[]>();
  private readonly turn = new Map<string, number>();

  async publish(commits: readonly StoredCommit[]): Promise<void> {
    const events = eventsOf(commits);
    if (events.length === 0) return;
    for (const [group, handlers] of this.groups) {
      if (handlers.length === 0) continue;
      const index = (this.turn.get(group) ?? 0) % handlers.length;
      this.turn.set(group, index + 1);
      await handlers[index]!(events);
    }
  }

  async subscribe(group: string, handler: EventBatchHandler): Promise<Subscription> {
    const handlers = this.groups.get(group) ?? [];
    handlers.push(handler);
    this.groups.set(group, handlers);
    return {
      close: async () => {
        const remaining = (this.groups.get(group) ?? []).filter((h) => h !== handler);
        this.groups.set(group, remaining);
      },
    };
  }

  async close(): Promise<void> {
    this.groups.clear();
  }
}
