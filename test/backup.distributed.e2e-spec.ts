import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { BSON, type Db, type Document } from 'mongodb';
import { MongoEventStore, SqliteEventStore, summarizeStore, verifyStore } from '@pb/event-store';
import { loadConfig } from '@pb/platform';
import {
  checkConsistency,
  ENTITY_PROJECTIONS,
  GenerationalReadModelStore,
  MongoReadModelStore,
  rebuildReadModels,
} from '@pb/projections';
import { connectMongo } from '@pb/storage';
import { startApi } from '../apps/api/src/bootstrap';
import { TEST_JWT_SECRET } from './support/auth';
import { mongoUri, uniqueName } from './support/servers';
import { startSocietyLoad } from './support/society-load';

jest.setTimeout(120_000);

const { EJSON } = BSON;

/** The event store's collections, in the order docs/operations.md dumps them. */
const EVENT_STORE = ['outbox', 'commits', 'claims', 'commands', 'seal_heads'];
const FEDERATION = 'default';

/** A driver-level dump: one JSON line (canonical Extended JSON) per document. */
async function exportCollection(db: Db, name: string, file: string): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  for await (const doc of db.collection(name).find().sort({ _id: 1 })) {
    if (!out.write(`${EJSON.stringify(doc, { relaxed: false })}\n`)) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

async function importCollection(db: Db, name: string, file: string): Promise<number> {
  const docs: Document[] = [];
  for await (const line of createInterface({ input: createReadStream(file) }))
    if (line) docs.push(EJSON.parse(line, { relaxed: false }) as Document);
  if (docs.length > 0) await db.collection(name).insertMany(docs);
  return docs.length;
}

describe('the distributed event store restored from a driver-level dump', () => {
  it('rebuilds views that agree with the restored store, whose chains and heads are the dumped ones', async () => {
    // A store of real commits: made by the embedded api, appended to MongoDB as they are.
    const dataDir = mkdtempSync(join(tmpdir(), 'pb-dump-'));
    const api = await startApi(
      loadConfig({ AUTH_JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, PORT: '0' }),
      { logger: false },
    );
    const load = startSocietyLoad(() => api.url, 4);
    await load.sent(400, 'commands');
    await load.stop();
    const { ack } = load;
    await api.app.close();
    const made = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const source = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_dumped') });
    const target = await connectMongo({ uri: mongoUri(), database: uniqueName('pb_restored') });
    try {
      const original = await new MongoEventStore(source.db).init();
      for (let after: string | null = null; ;) {
        const page = await made.readAll(after, 500);
        if (page.commits.length === 0) break;
        for (const { id: _id, hash: _hash, ...commit } of page.commits)
          await original.append(commit);
        after = page.next;
      }

      const dump = mkdtempSync(join(tmpdir(), 'pb-dump-files-'));
      const exported: Record<string, number> = {};
      for (const name of EVENT_STORE)
        exported[name] = await exportCollection(source.db, name, join(dump, `${name}.jsonl`));
      expect(exported.commits).toBeGreaterThanOrEqual(400);
      for (const name of EVENT_STORE)
        expect(await importCollection(target.db, name, join(dump, `${name}.jsonl`))).toBe(
          exported[name],
        );

      const restored = await new MongoEventStore(target.db).init();
      const views = new GenerationalReadModelStore(new MongoReadModelStore(target.db));
      const rebuilt = await rebuildReadModels(restored, views, ENTITY_PROJECTIONS);
      expect(rebuilt.commits).toBe(exported.commits);
      const report = await checkConsistency(restored, views, ENTITY_PROJECTIONS);
      expect(report.differences).toEqual([]);
      expect(report.events).toBeGreaterThanOrEqual(ack.societies.size);
      expect((await verifyStore(restored, { federationId: FEDERATION })).problems).toEqual([]);
      const [before, after] = await Promise.all([
        summarizeStore(original, FEDERATION),
        summarizeStore(restored, FEDERATION),
      ]);
      expect(after.headsRoot).toBe(before.headsRoot);
      expect(after.events).toBe(before.events);
      // The outbox came along: the restored relay has the same commits left to publish.
      expect(await restored.countUndispatched()).toBe(await original.countUndispatched());
    } finally {
      await source.db.dropDatabase();
      await target.db.dropDatabase();
      await Promise.all([source.client.close(), target.client.close(), made.close()]);
    }
  });
});
