import type { EventEnvelope } from '@pb/contracts';
import type { EventStore } from '@pb/event-store';
import { appendChain } from '../../event-store/src/event-store.contract';
import { OutboxRelay } from './outbox-relay';
import type { EventTransport } from './transport.port';

export interface TransportFixture {
  readonly transport: EventTransport;
  readonly store: EventStore;
  /** A consumer group no other test uses. */
  readonly group: string;
  close(): Promise<void>;
}

async function eventually(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The behaviour every transport must show behind the outbox relay: every committed
 * event arrives, each stream in order, unchanged; a batch whose handler fails comes again.
 */
export function transportContract(open: () => Promise<TransportFixture>, timeoutMs = 20000): void {
  let fixture: TransportFixture;
  let relay: OutboxRelay;
  beforeEach(async () => {
    fixture = await open();
    relay = new OutboxRelay(fixture.store, fixture.transport, {
      batchSize: 7,
      idleMs: 20,
      retryMs: 50,
    });
  });
  afterEach(async () => {
    await relay.stop();
    await fixture.close();
  });

  it('delivers every committed event unchanged, each stream in seq order', async () => {
    const received: EventEnvelope[] = [];
    await fixture.transport.subscribe(fixture.group, async (events) => {
      received.push(...events);
    });
    const written = [
      ...(await appendChain(fixture.store, 'society-1', 6)),
      ...(await appendChain(fixture.store, 'society-2', 5)),
      ...(await appendChain(fixture.store, 'lecture-3', 4)),
    ];
    relay.start();
    await eventually(() => received.length >= 15, timeoutMs, '15 events');
    const expected = written.flatMap((c) => c.events);
    expect([...received].sort(byStreamAndSeq)).toEqual([...expected].sort(byStreamAndSeq));
    for (const stream of ['society-1', 'society-2', 'lecture-3']) {
      const seqs = received.filter((e) => e.streamId === stream).map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
    await eventually(() => relay.publishedCount === 15, timeoutMs, 'the relay to mark 15 commits');
    expect(await fixture.store.countUndispatched()).toBe(0);
  });

  it('delivers a batch again when its handler fails', async () => {
    const received: EventEnvelope[] = [];
    let failures = 0;
    await fixture.transport.subscribe(fixture.group, async (events) => {
      if (failures < 2) {
        failures++;
        throw new Error('the read-model store is down');
      }
      received.push(...events);
    });
    await appendChain(fixture.store, 'society-9', 3);
    relay.start();
    await eventually(
      () => new Set(received.map((e) => e.seq)).size === 3,
      timeoutMs,
      'the redelivered events',
    );
    expect(failures).toBe(2);
    expect([...new Set(received.map((e) => e.seq))].sort()).toEqual([1, 2, 3]);
  });
}

function byStreamAndSeq(a: EventEnvelope, b: EventEnvelope): number {
  return a.streamId === b.streamId ? a.seq - b.seq : a.streamId < b.streamId ? -1 : 1;
}
