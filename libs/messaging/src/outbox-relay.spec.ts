import type { EventStore, StoredCommit } from '@pb/event-store';
import { until } from '../../../test/support/http';
import { OutboxRelay, type RelayOptions } from './outbox-relay';
import type { EventTransport } from './transport.port';

/** An outbox in memory that keeps a batch being marked out of the reads, as the stores do. */
class MemoryOutbox {
  readonly log: string[] = [];
  readonly dispatched = new Set<string>();
  private readonly marking = new Set<string>();
  failNextMark = false;

  constructor(private readonly commits: readonly StoredCommit[]) {}

  async readUndispatched(limit: number): Promise<StoredCommit[]> {
    this.log.push('read');
    return this.commits
      .filter((c) => !this.dispatched.has(c.id) && !this.marking.has(c.id))
      .slice(0, limit);
  }

  async markDispatched(ids: readonly string[]): Promise<void> {
    this.log.push(`mark ${ids.join(',')}`);
    ids.forEach((id) => this.marking.add(id));
    await new Promise((resolve) => setTimeout(resolve, 30));
    ids.forEach((id) => this.marking.delete(id));
    if (this.failNextMark) {
      this.failNextMark = false;
      throw new Error('store unavailable');
    }
    ids.forEach((id) => this.dispatched.add(id));
    this.log.push(`marked ${ids.join(',')}`);
  }
}

class RecordingTransport {
  readonly batches: string[][] = [];
  onPublish: () => void = () => undefined;
  async publish(commits: readonly StoredCommit[]): Promise<void> {
    this.batches.push(commits.map((c) => c.id));
    this.onPublish();
  }
}

function commits(count: number): StoredCommit[] {
  return Array.from({ length: count }, (_, i) => ({ id: `s:${i + 1}` }) as StoredCommit);
}

function relayOver(
  outbox: MemoryOutbox,
  transport: RecordingTransport,
  errors: unknown[] = [],
  options: Partial<RelayOptions> = {},
) {
  return new OutboxRelay(outbox as unknown as EventStore, transport as unknown as EventTransport, {
    batchSize: 2,
    idleMs: 10,
    retryMs: 10,
    onError: (error) => errors.push(error),
    ...options,
  });
}

describe('OutboxRelay', () => {
  it('publishes a backlog batch after batch, reading the next while the last is marked', async () => {
    const outbox = new MemoryOutbox(commits(5));
    const transport = new RecordingTransport();
    const relay = relayOver(outbox, transport);
    relay.start();
    await until(
      async () => outbox.dispatched.size,
      (size) => size === 5,
    );
    await relay.stop();
    expect(transport.batches).toEqual([['s:1', 's:2'], ['s:3', 's:4'], ['s:5']]);
    expect(relay.publishedCount).toBe(5);
    // The second batch was read before the first was marked.
    const log = outbox.log;
    expect(log.indexOf('mark s:1,s:2')).toBeLessThan(log.indexOf('read', 1));
    expect(log.indexOf('read', 1)).toBeLessThan(log.indexOf('marked s:1,s:2'));
  });

  it('publishes again, in order, what a failed marking left undispatched, and reports it', async () => {
    const outbox = new MemoryOutbox(commits(5));
    outbox.failNextMark = true;
    const transport = new RecordingTransport();
    const errors: unknown[] = [];
    const relay = relayOver(outbox, transport, errors);
    relay.start();
    await until(
      async () => outbox.dispatched.size,
      (size) => size === 5,
    );
    await relay.stop();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('store unavailable');
    const published = transport.batches.flat();
    // s:3 and s:4 went out while s:1 and s:2 were being marked; all four go out again.
    expect(published).toEqual(['s:1', 's:2', 's:3', 's:4', 's:1', 's:2', 's:3', 's:4', 's:5']);
    expect(relay.publishedCount).toBe(5);
  });

  it('waits on stop for the batch being marked', async () => {
    const outbox = new MemoryOutbox(commits(2));
    const transport = new RecordingTransport();
    const relay = relayOver(outbox, transport);
    const published = new Promise<void>((resolve) => (transport.onPublish = resolve));
    relay.start();
    await published;
    await relay.stop();
    expect([...outbox.dispatched]).toEqual(['s:1', 's:2']);
    expect(outbox.log[outbox.log.length - 1]).toBe('marked s:1,s:2');
  });

  it('shows no progress while every publish fails, with the failure, and moves on once one succeeds', async () => {
    const outbox = new MemoryOutbox(commits(3));
    const transport = new RecordingTransport();
    let broken = true;
    transport.onPublish = () => {
      if (broken) throw new Error('The broker received an out of order sequence number');
    };
    let clock = 1_000;
    const relay = relayOver(outbox, transport, [], { batchSize: 5, now: () => clock });
    expect(relay.progress()).toEqual({ running: false, progressAt: 0, lastError: null });
    relay.start();
    try {
      expect(relay.progress()).toEqual({ running: true, progressAt: 1_000, lastError: null });
      clock = 2_000;
      await until(
        async () => transport.batches.length,
        (attempts) => attempts >= 3,
      );
      expect(relay.progress()).toEqual({
        running: true,
        progressAt: 1_000,
        lastError: 'The broker received an out of order sequence number',
      });
      broken = false;
      await until(
        async () => outbox.dispatched.size,
        (size) => size === 3,
      );
    } finally {
      await relay.stop();
    }
    expect(relay.progress()).toEqual({ running: false, progressAt: 2_000, lastError: null });
  });
});
