import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMongo } from '@pb/storage';
import { mongoUri, uniqueName } from '../../../../test/support/servers';
import { commitId, type NewCommit, type StoredCommit } from '../commit';
import { appendChain, commitOf } from '../event-store.contract';
import { StreamVersionConflict, type EventStore, type SealHead } from '../event-store.port';
import { sealCommit } from '../hash';
import { MongoEventStore } from '../mongodb/mongo-event-store';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { merkleRoot } from './merkle';
import { latestSeal } from './seal-record';
import { sealStore } from './sealer';
import { readStreamHeads } from './stream-heads';
import { verifyStore } from './verify';

const FEDERATION = 'cast';
const A = 'society-a';
const B = 'society-b';
const C = 'member-c';

/** A store under test plus a way around it, as an intruder with database access has. */
interface Tampering {
  readonly store: EventStore;
  setEventName(id: string, name: string): Promise<void>;
  replaceCommit(commit: StoredCommit): Promise<void>;
  deleteCommit(id: string): Promise<void>;
  deleteStream(streamId: string): Promise<void>;
  close(): Promise<void>;
}

function integritySuite(open: () => Promise<Tampering>): void {
  let t: Tampering;
  let clock: number;
  const seal = () =>
    sealStore(t.store, {
      federationId: FEDERATION,
      now: () => new Date(Date.UTC(2026, 5, 1) + clock++ * 1000),
      newId: randomUUID,
    });
  const verify = () => verifyStore(t.store, { federationId: FEDERATION });

  beforeEach(async () => {
    t = await open();
    clock = 0;
    await appendChain(t.store, A, 4);
    await appendChain(t.store, B, 3);
    await appendChain(t.store, C, 1);
  });
  afterEach(async () => {
    await t.close();
  });

  it('seals the heads of every stream and verifies a store nobody touched', async () => {
    const progress: number[] = [];
    const outcome = await sealStore(t.store, {
      federationId: FEDERATION,
      now: () => new Date('2026-06-01T00:00:00.000Z'),
      newId: randomUUID,
      onProgress: (p) => progress.push(p.commits),
    });
    const heads = await readStreamHeads(t.store);
    expect(heads.map((h) => `${h.streamId}:${h.seq}`)).toEqual([
      'member-c:1',
      'society-a:4',
      'society-b:3',
    ]);
    expect(outcome).toEqual({
      sealId: expect.any(String),
      streamId: 'seal-cast',
      seq: 1,
      root: merkleRoot(heads),
      streams: 3,
      sealedAt: '2026-06-01T00:00:00.000Z',
    });
    expect(progress).toEqual([8]);
    expect(await t.store.loadSealHeads(outcome.sealId)).toEqual(heads);

    const [commit] = await t.store.readStream('seal-cast');
    expect(commit).toMatchObject({
      commandId: `seal:${outcome.sealId}`,
      commandType: 'RecordSeal',
      actor: 'system',
      seq: 1,
    });
    expect(commit!.events).toEqual([
      {
        eventId: expect.any(String),
        type: 'SealRecorded',
        schemaVersion: 1,
        streamId: 'seal-cast',
        seq: 1,
        index: 0,
        occurredAt: '2026-06-01T00:00:00.000Z',
        recordedAt: '2026-06-01T00:00:00.000Z',
        actor: 'system',
        correlationId: outcome.sealId,
        causationId: `seal:${outcome.sealId}`,
        federationId: FEDERATION,
        commandId: `seal:${outcome.sealId}`,
        societyId: null,
        memberIds: [],
        campaignId: null,
        data: {
          sealId: outcome.sealId,
          root: outcome.root,
          streams: 3,
          headsCollection: 'seal_heads',
        },
      },
    ]);
    expect(await latestSeal(t.store, FEDERATION)).toMatchObject({
      sealId: outcome.sealId,
      root: outcome.root,
      sealedAt: outcome.sealedAt,
    });

    expect(await verify()).toEqual({
      ok: true,
      streams: 4,
      commits: 9,
      // No event of this store names an evidence file.
      files: 0,
      seal: {
        sealId: outcome.sealId,
        sealedAt: outcome.sealedAt,
        root: outcome.root,
        streams: 3,
      },
      problems: [],
      firstProblem: null,
    });
  });

  it('verifies the chains alone before the first seal', async () => {
    expect(await latestSeal(t.store, FEDERATION)).toBeNull();
    expect(await verify()).toMatchObject({ ok: true, seal: null, streams: 3, commits: 8 });
  });

  it('names an altered commit, and only it', async () => {
    await seal();
    await t.setEventName(commitId(A, 2), '伪造的名称');
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      {
        kind: 'altered',
        streamId: A,
        seq: 2,
        commitId: 'society-a:0000000002',
        message: expect.stringContaining('commit society-a:0000000002 was altered'),
      },
    ]);
    expect(report.firstProblem).toEqual(report.problems[0]);
  });

  it('names a deleted last commit by the seal taken before', async () => {
    const { sealedAt } = await seal();
    await t.deleteCommit(commitId(A, 4));
    expect((await verify()).problems).toEqual([
      {
        kind: 'missing-commit',
        streamId: A,
        seq: 4,
        commitId: 'society-a:0000000004',
        message: `commit society-a:0000000004 is missing: the seal of ${sealedAt} saw seq 4, the store ends at 3`,
      },
    ]);
  });

  it('names a deleted middle commit as a gap in its stream', async () => {
    await seal();
    await t.deleteCommit(commitId(B, 2));
    expect((await verify()).problems).toEqual([
      {
        kind: 'missing-commit',
        streamId: B,
        seq: 2,
        commitId: 'society-b:0000000002',
        message: 'commit society-b:0000000002 is missing: the stream goes from seq 1 to seq 3',
      },
    ]);
  });

  it('names a run of deleted commits once, as a range', async () => {
    const { sealedAt } = await seal();
    for (const id of [commitId(B, 2), commitId(B, 3), commitId(A, 2), commitId(A, 3)])
      await t.deleteCommit(id);
    expect((await verify()).problems.map((p) => [p.kind, p.commitId, p.message])).toEqual([
      [
        'missing-commit',
        'society-a:0000000002',
        'commits society-a:0000000002 to society-a:0000000003 are missing (2): the stream goes from seq 1 to seq 4',
      ],
      [
        'missing-commit',
        'society-b:0000000002',
        `commits society-b:0000000002 to society-b:0000000003 are missing (2): the seal of ${sealedAt} saw seq 3, the store ends at 1`,
      ],
    ]);
  });

  it('names a deleted stream', async () => {
    const { sealedAt } = await seal();
    await t.deleteStream(B);
    const report = await verify();
    expect(report.problems).toEqual([
      {
        kind: 'missing-stream',
        streamId: B,
        seq: null,
        commitId: null,
        message: `stream society-b is missing: the seal of ${sealedAt} saw it at seq 3, the store has no commit of it`,
      },
    ]);
    expect(report.streams).toBe(3);
  });

  it('catches a rewritten head whose hash was recomputed, through the seal', async () => {
    await seal();
    const [head] = await t.store.readStream(A, 3);
    const { id: _id, hash: _hash, ...content } = head!;
    await t.replaceCommit(
      sealCommit({ ...content, events: [{ ...content.events[0]!, data: { name: '伪造' } }] }),
    );
    expect((await verify()).problems).toEqual([
      expect.objectContaining({ kind: 'altered', commitId: 'society-a:0000000004' }),
    ]);
  });

  it('catches a rewritten middle commit whose hash was recomputed, at the next link', async () => {
    const [, second] = await t.store.readStream(A);
    const { id: _id, hash: _hash, ...content } = second!;
    await t.replaceCommit(sealCommit({ ...content, actor: 'intruder' }));
    expect((await verify()).problems).toEqual([
      expect.objectContaining({ kind: 'broken-link', commitId: 'society-a:0000000003' }),
    ]);
  });

  it('notices heads saved for a seal that do not give its root', async () => {
    const { sealId } = await seal();
    const heads = await t.store.loadSealHeads(sealId);
    await t.store.saveSealHeads(
      sealId,
      heads.filter((h) => h.streamId !== B),
    );
    expect((await verify()).problems).toEqual([
      expect.objectContaining({
        kind: 'seal-heads-altered',
        streamId: 'seal-cast',
        seq: 1,
        commitId: 'seal-cast:0000000001',
      }),
    ]);
  });

  it('accepts commits and streams written after the seal', async () => {
    await seal();
    const [, , last] = await t.store.readStream(B);
    await t.store.append(commitOf(B, 4, last!.hash));
    await appendChain(t.store, 'campaign-new', 2);
    expect(await verify()).toMatchObject({ ok: true, commits: 12, streams: 5 });
  });

  it('checks against the latest seal, which supersedes the earlier ones', async () => {
    const first = await seal();
    const [, , last] = await t.store.readStream(B);
    await t.store.append(commitOf(B, 4, last!.hash));
    const second = await seal();
    expect(second.seq).toBe(2);
    expect(second.sealedAt > first.sealedAt).toBe(true);
    const [one, two] = await t.store.readStream('seal-cast');
    expect(two!.prevHash).toBe(one!.hash);

    await t.deleteCommit(commitId(B, 4));
    const report = await verify();
    expect(report.seal?.sealId).toBe(second.sealId);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'missing-commit', commitId: 'society-b:0000000004' }),
    ]);
  });

  it('retries once when another sealer took the seq, and gives up the second time', async () => {
    const rivals: string[] = [];
    /** The store, but each seal commit is first beaten by a rival sealer, up to `times`. */
    const raced = (times: number) =>
      new Proxy(t.store, {
        get(target, property) {
          if (property === 'append')
            return async (commit: NewCommit) => {
              if (commit.streamId === 'seal-cast' && rivals.length < times)
                rivals.push((await seal()).sealId);
              return target.append(commit);
            };
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const ours = await sealStore(raced(1), {
      federationId: FEDERATION,
      now: () => new Date('2026-07-01T00:00:00.000Z'),
      newId: randomUUID,
    });
    expect(ours.seq).toBe(2);
    expect((await verify()).seal?.sealId).toBe(ours.sealId);
    expect((await verify()).ok).toBe(true);

    const losing = sealStore(raced(3), {
      federationId: FEDERATION,
      now: () => new Date('2026-07-01T00:00:00.000Z'),
      newId: randomUUID,
    });
    await expect(losing).rejects.toBeInstanceOf(StreamVersionConflict);
    expect(rivals).toHaveLength(3);
    expect((await t.store.readStream('seal-cast')).map((c) => c.commandId)).toEqual(
      [rivals[0], ours.sealId, rivals[1], rivals[2]].map((id) => `seal:${id}`),
    );
  });
}

describe('seal and verify on SQLite (embedded)', () => {
  integritySuite(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pb-integrity-')), 'events.sqlite');
    const store = new SqliteEventStore(file);
    // A second connection, as a tool working on the file behind the application's back.
    const raw = new Database(file);
    raw.pragma('busy_timeout = 5000');
    return {
      store,
      async setEventName(id, name) {
        raw
          .prepare(
            "UPDATE commits SET body = json_set(body, '$.events[0].data.name', ?) WHERE id = ?",
          )
          .run(name, id);
      },
      async replaceCommit(commit) {
        raw
          .prepare('UPDATE commits SET body = ? WHERE id = ?')
          .run(JSON.stringify(commit), commit.id);
      },
      async deleteCommit(id) {
        raw.prepare('DELETE FROM commits WHERE id = ?').run(id);
      },
      async deleteStream(streamId) {
        raw.prepare('DELETE FROM commits WHERE stream_id = ?').run(streamId);
      },
      async close() {
        raw.close();
        await store.close();
      },
    };
  });
});

describe('seal and verify on MongoDB (wire server)', () => {
  integritySuite(async () => {
    const { client, db } = await connectMongo({
      uri: mongoUri(),
      database: uniqueName('pb_integrity'),
    });
    const store = await new MongoEventStore(db).init();
    const commits = db.collection<{ _id: string }>('commits');
    return {
      store,
      async setEventName(id, name) {
        await commits.updateOne({ _id: id }, { $set: { 'events.0.data.name': name } });
      },
      async replaceCommit({ id, ...rest }) {
        await commits.replaceOne({ _id: id }, { ...rest, dispatched: false });
      },
      async deleteCommit(id) {
        await commits.deleteOne({ _id: id });
      },
      async deleteStream(streamId) {
        await commits.deleteMany({
          _id: { $gt: commitId(streamId, 0), $lte: commitId(streamId, 10 ** 10 - 1) },
        });
      },
      async close() {
        await store.close();
        await db.dropDatabase();
        await client.close();
      },
    };
  });
});

describe('merkleRoot', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const head = (streamId: string, seq: number): SealHead => ({
    streamId,
    seq,
    hash: sha256(`${streamId}/${seq}`),
  });
  const leaf = (h: SealHead) => sha256(`${h.streamId}\n${h.seq}\n${h.hash}`);

  it('is sha256 of the empty string for no heads', () => {
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('is the leaf itself for one head', () => {
    const only = head('society-a', 7);
    expect(merkleRoot([only])).toBe(leaf(only));
    expect(merkleRoot([{ streamId: 's', seq: 1, hash: '0'.repeat(64) }])).toBe(
      sha256(`s\n1\n${'0'.repeat(64)}`),
    );
  });

  it('pairs sorted leaves and promotes an odd last node unchanged', () => {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((s, i) => head(`society-${s}`, i + 1));
    const ab = sha256(leaf(a!) + leaf(b!));
    const cd = sha256(leaf(c!) + leaf(d!));
    expect(merkleRoot([c!, a!, b!])).toBe(sha256(ab + leaf(c!)));
    expect(merkleRoot([d!, c!, b!, a!])).toBe(sha256(ab + cd));
    // five: (ab, cd, e) -> (abcd, e) -> root; e rises two levels untouched
    expect(merkleRoot([e!, d!, c!, b!, a!])).toBe(sha256(sha256(ab + cd) + leaf(e!)));
  });

  it('sorts by UTF-16 code unit, not by code point or locale', () => {
    // U+1F600 is stored as the surrogates D83D DE00, which sort below U+FF21.
    const emoji = head('society-😀', 1);
    const fullwidth = head('society-Ａ', 1);
    const chinese = head('society-中', 1);
    const ascii = head('society-z', 1);
    const expected = sha256(
      sha256(leaf(ascii) + leaf(chinese)) + sha256(leaf(emoji) + leaf(fullwidth)),
    );
    expect(merkleRoot([fullwidth, emoji, chinese, ascii])).toBe(expected);
  });
});
