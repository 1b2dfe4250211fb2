import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { BSON, type Db, type Document } from 'mongodb';
import {
  MongoCredentialStore,
  MongoEventStore,
  SqliteCredentialStore,
  SqliteEventStore,
  summarizeStore,
  verifyStore,
} from '@pb/event-store';
import { loadConfig, type AppConfig } from '@pb/platform';
import {
  checkConsistency,
  ENTITY_PROJECTIONS,
  GenerationalReadModelStore,
  MongoReadModelStore,
  rebuildReadModels,
} from '@pb/projections';
import { connectMongo, GridFsFileStore } from '@pb/storage';
import { startApi } from '../apps/api/src/bootstrap';
import { TEST_JWT_SECRET } from './support/auth';
import { expectKept, keepEvidenceAndAccount, signIn, type Kept } from './support/backup-contents';
import { kafkaBrokers, mongoUri, uniqueName } from './support/servers';
import { startSocietyLoad } from './support/society-load';

jest.setTimeout(120_000);

const { EJSON } = BSON;

/**
 * What docs/operations.md says to back up, in the order it dumps them: the event store,
 * the evidence bucket, the accounts' credentials, sessions and invitations.
 */
const BACKED_UP = [
  'commits',
  'outbox',
  'claims',
  'commands',
  'seal_heads',
  'evidence.files',
  'evidence.chunks',
  'evidence.uploads',
  'credentials',
  'sessions',
  'invitations',
  'invitation_uses',
];
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

/** The distributed api alone (no relay, no projector, no inbound consumer) on `database`, in this process. */
function distributedApi(database: string) {
  const config: AppConfig = loadConfig({
    MODE: 'distributed',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    PORT: '0',
    MONGODB_URI: mongoUri(),
    MONGODB_DB: database,
    KAFKA_BROKERS: kafkaBrokers().join(','),
    KAFKA_TOPIC: uniqueName('pb.dumped.events'),
    // No consumer of the inbound topic: the api's reads and sign-ins are what is tried.
    INBOUND_SOCIETY_REGISTER: 'off',
  });
  return startApi(config, { logger: false });
}

/**
 * The photo and the account the embedded api kept, put into MongoDB as the distributed
 * api keeps them: the bytes in the GridFS bucket, the password hash in `credentials`.
 */
async function copyEvidenceAndAccount(dataDir: string, db: Db, kept: Kept): Promise<void> {
  const files = await new GridFsFileStore(db).init();
  const upload = { name: '宣讲现场.jpg', uploadedBy: 'member-lecturer' };
  await files.put(Readable.from([kept.photo]), upload, kept.photo.length);
  const embedded = new SqliteCredentialStore(join(dataDir, 'events.sqlite'));
  try {
    const { accountId, login, hash } = (await embedded.credentialByLogin(kept.login))!;
    await new MongoCredentialStore(db).setPassword(accountId, login, hash);
  } finally {
    await embedded.close();
  }
}

const LINK_USED = createHash('sha256').update('a link used before the dump').digest('hex');
const LINK_OPEN = createHash('sha256').update('a link open at the dump').digest('hex');

describe('the distributed event store restored from a driver-level dump', () => {
  it('rebuilds views that agree with the restored store, whose chains and heads are the dumped ones, and keeps the evidence files and the accounts', async () => {
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
    const keptByEmbedded = await keepEvidenceAndAccount(api.url);
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
      await copyEvidenceAndAccount(dataDir, source.db, keptByEmbedded);
      // A session and invitation links, one used, made on the dumped database.
      const onSource = await distributedApi(source.db.databaseName);
      const signedIn = await signIn(onSource.url, keptByEmbedded.login, keptByEmbedded.password);
      await onSource.app.close();
      expect(signedIn.status).toBe(200);
      const kept: Kept = {
        ...keptByEmbedded,
        cookie: signedIn.headers.get('set-cookie')!.split(';')[0]!,
      };
      const links = new MongoCredentialStore(source.db);
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      await links.issueInvitation({ key: LINK_USED, accountId: kept.accountId, expiresAt });
      expect(await links.takeInvitation(LINK_USED, new Date())).toBe(kept.accountId);
      await links.issueInvitation({ key: LINK_OPEN, accountId: kept.accountId, expiresAt });

      const dump = mkdtempSync(join(tmpdir(), 'pb-dump-files-'));
      const exported: Record<string, number> = {};
      for (const name of BACKED_UP)
        exported[name] = await exportCollection(source.db, name, join(dump, `${name}.jsonl`));
      expect(exported.commits).toBeGreaterThanOrEqual(400);
      // Each collection beside the event store holds something to restore.
      const beside = BACKED_UP.slice(BACKED_UP.indexOf('evidence.files'));
      expect(beside.filter((name) => exported[name] === 0)).toEqual([]);
      for (const name of BACKED_UP)
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
      const files = await new GridFsFileStore(target.db).init();
      const verified = await verifyStore(restored, { federationId: FEDERATION, files });
      expect([verified.problems, verified.files]).toEqual([[], 1]);
      const [before, after] = await Promise.all([
        summarizeStore(original, FEDERATION),
        summarizeStore(restored, FEDERATION),
      ]);
      expect(after.headsRoot).toBe(before.headsRoot);
      expect(after.events).toBe(before.events);
      // The outbox came along: the restored relay has the same commits left to publish.
      expect(await restored.countUndispatched()).toBe(await original.countUndispatched());

      // The api on the restored database serves the photo and signs the account in.
      const onTarget = await distributedApi(target.db.databaseName);
      try {
        await expectKept(onTarget.url, kept);
      } finally {
        await onTarget.app.close();
      }
      const restoredLinks = new MongoCredentialStore(target.db);
      expect(await restoredLinks.takeInvitation(LINK_USED, new Date())).toBeNull();
      expect(await restoredLinks.takeInvitation(LINK_OPEN, new Date())).toBe(kept.accountId);
    } finally {
      await source.db.dropDatabase();
      await target.db.dropDatabase();
      await Promise.all([source.client.close(), target.client.close(), made.close()]);
    }
  });
});
