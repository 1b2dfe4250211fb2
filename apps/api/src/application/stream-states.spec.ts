import type { Decider, DomainEvent } from '@pb/domain';
import { commitId, type EventStore, type StoredCommit } from '@pb/event-store';
import { StreamStates } from './stream-states';

/** Counts the names a stream was given. */
const names: Decider<never, DomainEvent, string[]> = {
  initialState: () => [],
  evolve: (state, event) => [...state, (event.data as { name: string }).name],
  decide: () => [],
};

function commit(streamId: string, seq: number, name: string, hash = `h${seq}`): StoredCommit {
  return {
    id: commitId(streamId, seq),
    streamId,
    seq,
    commandId: `c${seq}`,
    commandType: 'RenameSociety',
    actor: 'tester',
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
    prevHash: `h${seq - 1}`,
    hash,
    events: [
      {
        eventId: `e${seq}`,
        type: 'SocietyRenamed',
        schemaVersion: 1,
        streamId,
        seq,
        index: 0,
        occurredAt: '2026-01-01T00:00:00.000Z',
        recordedAt: '2026-01-01T00:00:00.000Z',
        actor: 'tester',
        correlationId: 'x',
        causationId: 'x',
        federationId: 'default',
        commandId: `c${seq}`,
        societyId: 's',
        memberIds: [],
        campaignId: null,
        data: { name },
      },
    ],
  } as StoredCommit;
}

/** A store holding one stream in memory, counting the commits it hands out. */
function storeOf(commits: StoredCommit[]) {
  const reads: number[] = [];
  const store = {
    async readStream(_streamId: string, afterSeq = 0) {
      const out = commits.filter((c) => c.seq > afterSeq);
      reads.push(out.length);
      return out;
    },
  } as unknown as EventStore;
  return { store, reads };
}

describe('StreamStates', () => {
  it('reads only the commits made since the last load, and folds them onto the state it kept', async () => {
    const commits = [commit('society-1', 1, '甲'), commit('society-1', 2, '乙')];
    const { store, reads } = storeOf(commits);
    const states = new StreamStates(store);
    expect(await states.load('society-1', names)).toEqual({
      state: ['甲', '乙'],
      version: 2,
      head: { hash: 'h2', recordedAt: commits[1]!.recordedAt },
    });
    commits.push(commit('society-1', 3, '丙'));
    const again = await states.load('society-1', names);
    expect(again.state).toEqual(['甲', '乙', '丙']);
    expect(again.version).toBe(3);
    // The second load read the remembered head and the one new commit, not the whole stream.
    expect(reads).toEqual([2, 2]);
  });

  it('reads the stream again from its start when the remembered head is gone or changed', async () => {
    const commits = [commit('society-1', 1, '甲'), commit('society-1', 2, '乙')];
    const { store } = storeOf(commits);
    const states = new StreamStates(store);
    await states.load('society-1', names);
    commits.pop();
    expect(await states.load('society-1', names)).toMatchObject({ state: ['甲'], version: 1 });
    commits[0] = commit('society-1', 1, '丁', 'other');
    expect(await states.load('society-1', names)).toMatchObject({
      state: ['丁'],
      version: 1,
      head: { hash: 'other' },
    });
  });

  it('keeps nothing for an empty stream, and one state per decider', async () => {
    const { store } = storeOf([]);
    const states = new StreamStates(store);
    expect(await states.load('society-2', names)).toEqual({ state: [], version: 0, head: null });
    const lengths: Decider<never, DomainEvent, number> = {
      initialState: () => 0,
      evolve: (n) => n + 1,
      decide: () => [],
    };
    const { store: one } = storeOf([commit('society-3', 1, '甲')]);
    const shared = new StreamStates(one);
    expect((await shared.load('society-3', names)).state).toEqual(['甲']);
    expect((await shared.load('society-3', lengths)).state).toBe(1);
  });

  it('loads two remembered streams in one read of their heads, and reads again one that moved on', async () => {
    const commits = [commit('society-1', 1, '甲'), commit('member-1', 1, '乙')];
    const calls: string[] = [];
    const store = {
      async readStream(streamId: string, afterSeq = 0) {
        calls.push(`readStream ${streamId}`);
        return commits.filter((c) => c.streamId === streamId && c.seq > afterSeq);
      },
      async readCommits(ids: readonly string[]) {
        calls.push(`readCommits ${ids.length}`);
        return commits.filter((c) => ids.includes(c.id));
      },
    } as unknown as EventStore;
    const states = new StreamStates(store);
    const pair = () => states.loadPair(['society-1', names] as const, ['member-1', names] as const);
    // Not remembered yet: each is read.
    expect((await pair()).map((loaded) => loaded.state)).toEqual([['甲'], ['乙']]);
    expect(calls.splice(0)).toEqual(['readStream society-1', 'readStream member-1']);
    // Remembered and unchanged: one read of both heads and their successors' ids.
    expect((await pair()).map((loaded) => loaded.version)).toEqual([1, 1]);
    expect(calls.splice(0)).toEqual(['readCommits 4']);
    // Another process committed to one of them since.
    commits.push(commit('member-1', 2, '丙'));
    expect((await pair()).map((loaded) => loaded.state)).toEqual([['甲'], ['乙', '丙']]);
    expect(calls.splice(0)).toEqual(['readCommits 4', 'readStream member-1']);
  });
});
