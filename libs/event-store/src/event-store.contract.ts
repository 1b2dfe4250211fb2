import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventEnvelope } from '@pb/contracts';
import type { UniqueClaims } from './claims.port';
import { GENESIS_HASH, type NewCommit, type StoredCommit } from './commit';
import {
  DuplicateCommand,
  StreamVersionConflict,
  type EventStore,
  type SealHead,
} from './event-store.port';

const CHINESE = '中国科协科技社团党委「流动党校」宣讲：1000多名科技工作者👩‍🔬 é';

export function commitOf(
  streamId: string,
  seq: number,
  prevHash: string,
  extra: Partial<NewCommit> = {},
): NewCommit {
  const recordedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString();
  const event: EventEnvelope = {
    eventId: `${streamId}-${seq}`,
    type: 'SocietyRenamed',
    schemaVersion: 1,
    streamId,
    seq,
    index: 0,
    occurredAt: recordedAt,
    recordedAt,
    actor: 'tester',
    correlationId: 'c-1',
    causationId: `cmd-${streamId}-${seq}`,
    federationId: 'default',
    commandId: `cmd-${streamId}-${seq}`,
    societyId: 'x',
    memberIds: [],
    campaignId: null,
    data: { name: `${CHINESE} #${seq}` },
  };
  return {
    streamId,
    seq,
    commandId: `cmd-${streamId}-${seq}`,
    commandType: 'RenameSociety',
    actor: 'tester',
    recordedAt,
    events: [event],
    prevHash,
    ...extra,
  };
}

/** Appends `count` chained commits to a stream. */
export async function appendChain(
  store: EventStore,
  streamId: string,
  count: number,
): Promise<StoredCommit[]> {
  const out: StoredCommit[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const stored = await store.append(commitOf(streamId, seq, prev));
    out.push(stored);
    prev = stored.hash;
  }
  return out;
}

/** The behaviour every EventStore adapter must show. */
export function eventStoreContract(open: () => Promise<EventStore>): void {
  let store: EventStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('appends commits and reads a stream back in seq order, Chinese text byte for byte', async () => {
    const written = await appendChain(store, 'society-a', 3);
    const read = await store.readStream('society-a');
    expect(read).toEqual(written);
    expect(read.map((c) => c.id)).toEqual([
      'society-a:0000000001',
      'society-a:0000000002',
      'society-a:0000000003',
    ]);
    expect(Buffer.from(JSON.stringify(read[0]!.events[0]!.data))).toEqual(
      Buffer.from(JSON.stringify({ name: `${CHINESE} #1` })),
    );
  });

  it('reads a window of a stream and nothing of other streams', async () => {
    await appendChain(store, 'society-a', 4);
    await appendChain(store, 'society-ab', 2);
    expect((await store.readStream('society-a', 1, 3)).map((c) => c.seq)).toEqual([2, 3]);
    expect(await store.readStream('society-none')).toEqual([]);
  });

  it('reads the commits of given ids in one call, leaving out those that do not exist', async () => {
    const [, second] = await appendChain(store, 'society-a', 2);
    const [first] = await appendChain(store, 'society-b', 1);
    const found = await store.readCommits([
      second!.id,
      'society-a:0000000003',
      first!.id,
      'society-b:0000000002',
    ]);
    expect([...found].sort((x, y) => x.id.localeCompare(y.id))).toEqual([second, first]);
    expect(await store.readCommits([])).toEqual([]);
  });

  it('chains each commit to the previous one by sha256 of the canonical commit', async () => {
    const [first, second] = await appendChain(store, 'society-a', 2);
    const expected = (c: StoredCommit) =>
      createHash('sha256')
        .update(c.prevHash)
        .update(
          canonicalize({
            streamId: c.streamId,
            seq: c.seq,
            commandId: c.commandId,
            commandType: c.commandType,
            actor: c.actor,
            recordedAt: c.recordedAt,
            events: c.events,
          })!,
        )
        .digest('hex');
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(first!.hash).toBe(expected(first!));
    expect(second!.prevHash).toBe(first!.hash);
    expect(second!.hash).toBe(expected(second!));
  });

  it('lets exactly one of many concurrent writers at the same seq win; the others get a conflict', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        store.append(commitOf('society-race', 1, GENESIS_HASH, { commandId: `racer-${i}` })),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const loss of lost) expect(loss.reason).toBeInstanceOf(StreamVersionConflict);
    expect(await store.readStream('society-race')).toHaveLength(1);
  });

  it('keeps every concurrent append to different streams, and refuses only the one at a taken seq', async () => {
    const [first] = await appendChain(store, 'society-taken', 1);
    const attempts = await Promise.allSettled([
      ...Array.from({ length: 20 }, (_, i) =>
        store.append(commitOf(`society-many-${i}`, 1, GENESIS_HASH)),
      ),
      store.append(commitOf('society-taken', 1, GENESIS_HASH, { commandId: 'late' })),
      store.append(commitOf('society-taken', 2, first!.hash)),
    ]);
    expect(attempts.map((a) => a.status)).toEqual([
      ...Array.from({ length: 20 }, () => 'fulfilled'),
      'rejected',
      'fulfilled',
    ]);
    expect((attempts[20] as PromiseRejectedResult).reason).toBeInstanceOf(StreamVersionConflict);
    for (let i = 0; i < 20; i++)
      expect((await store.readStream(`society-many-${i}`)).map((c) => c.seq)).toEqual([1]);
    expect((await store.readStream('society-taken')).map((c) => c.commandId)).toEqual([
      first!.commandId,
      'cmd-society-taken-2',
    ]);
  });

  it('appends a command that cannot come again as any other, and refuses a taken seq as a conflict', async () => {
    const [first] = await appendChain(store, 'society-fresh', 1);
    const second = await store.append(
      commitOf('society-fresh', 2, first!.hash, { commandId: 'fresh-2' }),
      { retriable: false },
    );
    expect(await store.readStream('society-fresh')).toEqual([first, second]);
    await expect(
      store.append(commitOf('society-fresh', 2, first!.hash, { commandId: 'fresh-3' }), {
        retriable: false,
      }),
    ).rejects.toBeInstanceOf(StreamVersionConflict);
    // Still refused by the commits' own unique index if its id ever came again.
    await expect(
      store.append(commitOf('society-fresh', 3, second.hash, { commandId: 'fresh-2' }), {
        retriable: false,
      }),
    ).rejects.toBeTruthy();
    expect(await store.readStream('society-fresh')).toHaveLength(2);
  });

  it('recognises a retried command by its commandId and returns the first commit', async () => {
    const [first] = await appendChain(store, 'society-a', 1);
    const retry = store.append(
      commitOf('society-a', 2, first!.hash, { commandId: first!.commandId }),
    );
    await expect(retry).rejects.toBeInstanceOf(DuplicateCommand);
    await expect(retry).rejects.toMatchObject({ existing: first });
    expect(await store.findByCommandId(first!.commandId)).toEqual(first);
    expect(await store.findByCommandId('never-sent')).toBeNull();
    expect(await store.readStream('society-a')).toHaveLength(1);
  });

  it('hands the relay undispatched commits, each stream in seq order, until they are marked', async () => {
    await appendChain(store, 'society-b', 3);
    await appendChain(store, 'society-a', 2);
    expect(await store.countUndispatched()).toBe(5);
    const firstBatch = await store.readUndispatched(3);
    expect(firstBatch).toHaveLength(3);
    for (const stream of ['society-a', 'society-b']) {
      const seqs = firstBatch.filter((c) => c.streamId === stream).map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      if (seqs.length > 0) expect(seqs[0]).toBe(1);
    }
    await store.markDispatched(firstBatch.map((c) => c.id));
    const rest = await store.readUndispatched(10);
    expect(rest.map((c) => c.id).sort()).toEqual(
      [
        'society-a:0000000001',
        'society-a:0000000002',
        'society-b:0000000001',
        'society-b:0000000002',
        'society-b:0000000003',
      ]
        .filter((id) => !firstBatch.some((c) => c.id === id))
        .sort(),
    );
    await store.markDispatched(rest.map((c) => c.id));
    expect(await store.readUndispatched(10)).toEqual([]);
    expect(await store.countUndispatched()).toBe(0);
  });

  it('does not hand out again the commits whose marking is still under way', async () => {
    const appended = [
      ...(await appendChain(store, 'society-a', 150)),
      ...(await appendChain(store, 'society-b', 50)),
    ];
    const first = await store.readUndispatched(150);
    const marking = store.markDispatched(first.map((c) => c.id));
    const next = await store.readUndispatched(150);
    await marking;
    await store.markDispatched(next.map((c) => c.id));
    expect([...first, ...next].map((c) => c.id).sort()).toEqual(appended.map((c) => c.id).sort());
    expect(await store.readUndispatched(10)).toEqual([]);
  });

  it('hands out at the next read a commit recorded earlier than those already handed out', async () => {
    const now = Date.now();
    const at = (ms: number) => new Date(now + ms).toISOString();
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++)
      prev = (await store.append(commitOf('society-a', seq, prev, { recordedAt: at(seq) }))).hash;
    const first = await store.readUndispatched(10);
    expect(first).toHaveLength(3);
    await store.markDispatched(first.map((c) => c.id));
    // A writer whose clock is an hour behind, or that paused that long before its append.
    await store.append(commitOf('society-b', 1, GENESIS_HASH, { recordedAt: at(-3_600_000) }));
    expect((await store.readUndispatched(10)).map((c) => c.id)).toEqual(['society-b:0000000001']);
  });

  it('hands out a backlog spread over months, batch after batch, each commit once and each stream in order', async () => {
    const times = {
      'society-a': [
        '2026-01-01T00:00:00.000Z',
        '2026-03-01T08:00:00.000Z',
        '2026-03-01T08:00:01.000Z',
      ],
      'society-b': ['2026-01-01T00:00:05.000Z', '2026-06-01T00:00:00.000Z'],
      'society-c': [
        '2026-06-01T00:00:00.500Z',
        '2026-06-01T00:00:00.600Z',
        '2026-09-30T23:59:59.999Z',
      ],
    };
    for (const [streamId, at] of Object.entries(times)) {
      let prev = GENESIS_HASH;
      for (let seq = 1; seq <= at.length; seq++)
        prev = (await store.append(commitOf(streamId, seq, prev, { recordedAt: at[seq - 1]! })))
          .hash;
    }
    const order: string[] = [];
    for (let round = 0; round < 10; round++) {
      const batch = await store.readUndispatched(2);
      if (batch.length === 0) break;
      order.push(...batch.map((c) => c.id));
      await store.markDispatched(batch.map((c) => c.id));
    }
    expect([...order].sort()).toEqual(
      Object.entries(times)
        .flatMap(([streamId, at]) =>
          at.map((_, i) => `${streamId}:${String(i + 1).padStart(10, '0')}`),
        )
        .sort(),
    );
    for (const streamId of Object.keys(times)) {
      const seqs = order.filter((id) => id.startsWith(`${streamId}:`));
      expect(seqs).toEqual([...seqs].sort());
    }
    // A commit made now, after the backlog is gone, is handed out too.
    await store.append(
      commitOf('society-d', 1, GENESIS_HASH, { recordedAt: new Date().toISOString() }),
    );
    expect((await store.readUndispatched(2)).map((c) => c.id)).toEqual(['society-d:0000000001']);
  });

  it('pages through every commit, each stream in seq order', async () => {
    await appendChain(store, 'society-b', 3);
    await appendChain(store, 'society-a', 4);
    const seen: StoredCommit[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await store.readAll(after, 2);
      if (page.commits.length === 0) break;
      seen.push(...page.commits);
      after = page.next;
    }
    expect(seen).toHaveLength(7);
    for (const stream of ['society-a', 'society-b'])
      expect(seen.filter((c) => c.streamId === stream).map((c) => c.seq)).toEqual(
        stream === 'society-a' ? [1, 2, 3, 4] : [1, 2, 3],
      );
  });

  it('saves seal heads in chunks and loads them back in order, replacing an earlier save', async () => {
    const heads: SealHead[] = Array.from({ length: 23 }, (_, i) => ({
      streamId: `society-${CHINESE}-${String(i).padStart(2, '0')}`,
      seq: i + 1,
      hash: createHash('sha256').update(String(i)).digest('hex'),
    }));
    await store.saveSealHeads('seal-1', heads, 5);
    await store.saveSealHeads('seal-1:x', heads.slice(0, 2), 5);
    await store.saveSealHeads('seal-2', heads.slice(3, 4));
    expect(await store.loadSealHeads('seal-1')).toEqual(heads);
    expect(await store.loadSealHeads('seal-1:x')).toEqual(heads.slice(0, 2));
    expect(await store.loadSealHeads('seal-2')).toEqual(heads.slice(3, 4));
    expect(await store.loadSealHeads('seal-none')).toEqual([]);

    await store.saveSealHeads('seal-1', heads.slice(0, 7), 5);
    expect(await store.loadSealHeads('seal-1')).toEqual(heads.slice(0, 7));
    await store.saveSealHeads('seal-1', []);
    expect(await store.loadSealHeads('seal-1')).toEqual([]);
    await expect(store.saveSealHeads('seal-3', heads, 0)).rejects.toBeInstanceOf(RangeError);
  });
}

/** The behaviour every UniqueClaims adapter must show. */
export function uniqueClaimsContract(open: () => Promise<UniqueClaims>): void {
  let claims: UniqueClaims;
  beforeEach(async () => {
    claims = await open();
  });
  afterEach(async () => {
    await claims.close();
  });

  it('gives a key to its first claimant and tells later ones who holds it', async () => {
    expect(
      await claims.claim('society.name:天津市科协', 'society-1', '2026-01-01T00:00:00.000Z'),
    ).toEqual({ owner: 'society-1', at: '2026-01-01T00:00:00.000Z' });
    expect(
      await claims.claim('society.name:天津市科协', 'society-2', '2026-01-02T00:00:00.000Z'),
    ).toEqual({ owner: 'society-1', at: '2026-01-01T00:00:00.000Z' });
  });

  it('transfers only from the current owner and releases only for the owner', async () => {
    await claims.claim('k', 'a', '2026-01-01T00:00:00.000Z');
    expect(await claims.transfer('k', 'b', 'c', '2026-01-02T00:00:00.000Z')).toBe(false);
    expect(await claims.transfer('k', 'a', 'b', '2026-01-02T00:00:00.000Z')).toBe(true);
    await claims.release('k', 'a');
    expect((await claims.claim('k', 'z', '2026-01-03T00:00:00.000Z')).owner).toBe('b');
    expect(await claims.ownerOf('k')).toBe('b');
    await claims.release('k', 'b');
    expect(await claims.ownerOf('k')).toBeNull();
    expect((await claims.claim('k', 'z', '2026-01-03T00:00:00.000Z')).owner).toBe('z');
  });

  it('lets exactly one of many concurrent claimants win', async () => {
    const owners = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        claims.claim('race', `s-${i}`, '2026-01-01T00:00:00.000Z'),
      ),
    );
    expect(new Set(owners.map((o) => o.owner)).size).toBe(1);
  });
}
