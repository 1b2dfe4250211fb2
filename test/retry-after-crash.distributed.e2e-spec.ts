import { randomUUID } from 'node:crypto';
import { MongoEventStore, type StoredCommit } from '@pb/event-store';
import { Cluster } from './support/cluster';
import { call } from './support/http';

jest.setTimeout(120_000);

/**
 * The api killed -9 in the middle of a registration, at each step of its append
 * (FAULT_DIE_AFTER_APPEND_STEP), then started again: the client's retry with the same
 * Idempotency-Key, and no id (the server chooses it), learns what the first attempt did.
 */
describe('a registration retried after the api died in its append (distributed)', () => {
  let cluster: Cluster;
  let store: MongoEventStore;

  beforeAll(async () => {
    cluster = await Cluster.start('retry_after_crash');
    store = new MongoEventStore(cluster.db);
  }, 90_000);
  afterAll(() => cluster?.stop());

  /** Sends the registration to an api that dies at `step`; resolves once it is dead. */
  async function dieDuring(step: string, key: string, body: object): Promise<void> {
    await cluster.app('api').stop();
    await cluster.restart('api', { FAULT_DIE_AFTER_APPEND_STEP: step });
    const answer = await call(cluster.base, 'POST', '/societies', body, {
      'Idempotency-Key': key,
    }).then(
      (got) => got.status,
      () => 'no answer',
    );
    expect(answer).toBe('no answer');
    await cluster.app('api').stop();
    await cluster.restart('api');
  }

  /** The commit that registered `name`, read from the store (this suite's database alone). */
  async function registrationOf(name: string): Promise<StoredCommit | null> {
    const { commits } = await store.readAll(null, 1000);
    const found = commits.find((commit) =>
      commit.events.some((event) => (event.data as { name?: string }).name === name),
    );
    return found ?? null;
  }

  async function retry(key: string, body: object) {
    return call(cluster.base, 'POST', '/societies', body, {
      'Idempotency-Key': key,
    });
  }

  it.each(['commit'])(
    'answers as the first attempt did, replayed, when the api died after the %s',
    async (step) => {
      const key = `k-${randomUUID()}`;
      const name = `重试学会-${randomUUID().slice(0, 8)}`;
      await dieDuring(step, key, { name, kind: 'society' });
      const committed = await registrationOf(name);
      expect(committed).not.toBeNull();
      const id = committed!.streamId.replace(/^society-/, '');

      const answer = await retry(key, { name, kind: 'society' });

      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        id,
        version: 1,
        events: ['SocietyRegistered'],
        replayed: true,
      });
      expect(answer.headers.get('etag')).toBe('"1"');
      expect(answer.headers.get('location')).toBe(`/societies/${id}`);
      expect(answer.headers.get('idempotent-replayed')).toBe('true');
      expect(await store.readStream(committed!.streamId)).toHaveLength(1);
    },
  );

  // The outbox entry is written before the commit.
  it.each(['command-entry', 'outbox-entry'])(
    'carries the command out once, on retry, when the api died after the %s, before its commit',
    async (step) => {
      const key = `k-${randomUUID()}`;
      // No id: the retry must land on the stream whose name claim the first attempt took.
      const body = { name: `重试学会-${randomUUID().slice(0, 8)}`, kind: 'society' };
      await dieDuring(step, key, body);
      expect(await registrationOf(body.name)).toBeNull();

      const answer = await retry(key, body);

      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ version: 1, replayed: false });
      const again = await retry(key, body);
      expect(again.body).toMatchObject({ id: answer.body.id, version: 1, replayed: true });
      expect(await store.readStream(`society-${answer.body.id}`)).toHaveLength(1);
    },
  );
});
