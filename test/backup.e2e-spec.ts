import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealStore } from '@pb/event-store';
import { loadConfig, type BackupManifest } from '@pb/platform';
import { checkConsistency, ENTITY_PROJECTIONS } from '@pb/projections';
import { startApi, type Api } from '../apps/api/src/bootstrap';
import { TEST_JWT_SECRET } from './support/auth';
import { expectKept, keepEvidenceAndAccount, type Kept } from './support/backup-contents';
import { expectNothingLostNorDuplicated, waitForViewsToCatchUp } from './support/expectations';
import { call } from './support/http';
import { startSocietyLoad, type Acknowledged } from './support/society-load';

jest.setTimeout(240_000);

const CLI = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI on `dataDir`, as an operator would beside the running api. */
function cli(dataDir: string, ...args: string[]): Promise<Run> {
  const env = { PATH: process.env.PATH, DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_JWT_SECRET };
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
}

/** What the client had been told at one moment: a copy that later answers do not change. */
function snapshot(ack: Acknowledged): Acknowledged {
  const societies = new Map(
    [...ack.societies].map(([id, s]) => [id, { ...s, renames: [...s.renames] }]),
  );
  return { societies, sent: ack.sent, failed: ack.failed };
}

/** The event id of the lecture's delivery, as a backup's event store holds it. */
function deliveryEventId(backupDir: string, lecture: string): string {
  const db = new Database(join(backupDir, 'events.sqlite'), { readonly: true });
  try {
    const { body } = db
      .prepare<[string], { body: string }>(
        "SELECT body FROM commits WHERE stream_id = ? AND body LIKE '%LectureDelivered%'",
      )
      .get(`lecture-${lecture}`)!;
    const commit = JSON.parse(body) as { events: { type: string; eventId: string }[] };
    return commit.events.find((e) => e.type === 'LectureDelivered')!.eventId;
  } finally {
    db.close();
  }
}

const startOn = (dataDir: string) =>
  startApi(loadConfig({ AUTH_JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, PORT: '0' }), {
    logger: false,
  });

describe('backup and restore of the embedded mode', () => {
  const work = mkdtempSync(join(tmpdir(), 'pb-backup-'));
  const dataDir = join(work, 'data');
  const backupDir = join(work, 'backup');
  let api: Api;
  let before: Acknowledged;
  let manifest: BackupManifest;
  let kept: Kept;

  beforeAll(async () => {
    mkdirSync(dataDir);
    // As the api makes it when no AUTH_JWT_SECRET is set: the backup must carry it.
    writeFileSync(join(dataDir, 'jwt-secret'), 'embedded-secret\n', { mode: 0o600 });
    api = await startOn(dataDir);
    kept = await keepEvidenceAndAccount(api.url);
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('copies the store while commands go on, and the restored copy holds everything acknowledged before it began', async () => {
    const load = startSocietyLoad(() => api.url, 6);
    const { ack } = load;
    await load.sent(1500, 'commands before the seal');
    const federationId = api.runtime.config.federationId;
    await sealStore(api.runtime.infra.store, {
      federationId,
      now: () => new Date(),
      newId: randomUUID,
    });
    await load.sent(3000, 'commands before the backup');
    before = snapshot(ack);
    const taken = await cli(dataDir, 'backup', backupDir);
    const during = ack.sent - before.sent;
    await load.stop();

    expect(taken.stderr).toMatch(/^backup: copy events\.sqlite: \d+\/\d+ pages \(100 %\)$/m);
    expect(taken.stdout).toMatch(/^backup: \d+ events in \d+ commits of \d+ streams, /m);
    expect(taken.code).toBe(0);
    // The backup ran under load: commands were answered while it copied.
    expect(during).toBeGreaterThan(0);
    manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f) => f.name)).toEqual([
      'views.sqlite',
      'events.sqlite',
      'jwt-secret',
    ]);
    expect(statSync(join(backupDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    // The photo, its description and its uploader's mark, each with its SHA-256.
    const blob = `files/${kept.sha256.slice(0, 2)}/${kept.sha256}`;
    expect(manifest.evidence.map((f) => f.name)).toEqual([
      blob,
      expect.stringMatching(new RegExp(`^${blob}\\.by/[0-9a-f]{64}$`)),
      `${blob}.json`,
    ]);
    expect(manifest.evidence[0]).toEqual({
      name: blob,
      bytes: kept.photo.length,
      sha256: kept.sha256,
    });
    expect(taken.stdout).toContain(`files/: 1 evidence files of ${kept.photo.length} bytes`);
    expect(manifest.seal).toMatchObject({ streams: expect.any(Number), root: expect.any(String) });
    expect(manifest.store.streams).toBe(manifest.store.heads.length);
    const acknowledged = [...before.societies.values()].reduce(
      (n, s) => n + 1 + s.renames.length,
      0,
    );
    expect(manifest.store.events).toBeGreaterThan(acknowledged);

    const restoredDir = join(work, 'restored');
    const restored = await cli(restoredDir, 'restore', backupDir);
    expect(restored.stdout).toMatch(/^restore: the backup of .* into .*restored; \d+ events/m);
    expect(restored.code).toBe(0);
    const copy = await startOn(restoredDir);
    try {
      const { store, views } = copy.runtime.infra;
      // The restore brought the views up to the event store before any api started.
      const report = await checkConsistency(store, views, ENTITY_PROJECTIONS);
      expect(report.differences).toEqual([]);
      expect(report.commits).toBe(manifest.store.commits);
      await expectNothingLostNorDuplicated(store, views, before);
      await expectKept(copy.url, kept);
      // The restored store takes commands, each chained to the backup's heads.
      const [id] = before.societies.keys();
      const renamed = await call(copy.url, 'POST', `/societies/${id}/rename`, {
        name: '天津市恢复后学会',
      });
      expect(renamed.status).toBe(200);
      await waitForViewsToCatchUp(store, views);
    } finally {
      await copy.app.close();
    }
    const verified = await cli(restoredDir, 'verify');
    expect(verified.stdout).toMatch(/ streams, 1 evidence files, /);
    expect(verified.stdout).toContain('verify: OK, nothing missing or altered');
    expect(verified.stdout).toMatch(/against the seal of /);
    expect(verified.code).toBe(0);
    const whole = await cli(work, 'verify', backupDir);
    expect(whole.stdout).toContain('verify: the backup is whole');
    expect(whole.code).toBe(0);
  });

  it('restores into an empty data directory only', async () => {
    const refused = await cli(dataDir, 'restore', backupDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/restore: .*\/data is not empty \(.*events\.sqlite/);
  });

  it('names an evidence file gone from a backup, and the record naming it, and refuses to restore it', async () => {
    const lacking = join(work, 'lacking');
    cpSync(backupDir, lacking, { recursive: true });
    const blob = `files/${kept.sha256.slice(0, 2)}/${kept.sha256}`;
    rmSync(join(lacking, blob));

    const refused = await cli(join(work, 'from-lacking'), 'restore', lacking);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${blob} is missing from the backup`);
    expect(refused.stderr).toContain('nothing was restored');

    const verified = await cli(work, 'verify', lacking);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain(`changed: ${blob} is missing from the backup`);
    expect(verified.stdout).toContain(
      `file-missing: LectureDelivered ${deliveryEventId(backupDir, kept.lecture)} of lecture-${kept.lecture} names file "宣讲现场.jpg" (sha256 ${kept.sha256}), which the file store no longer holds`,
    );
  });

  it('names the commit whose event was changed in a backup, and refuses to restore it', async () => {
    const tampered = join(work, 'tampered');
    cpSync(backupDir, tampered, { recursive: true });
    const [id, society] = [...before.societies][0]!;
    const streamId = `society-${id}`;
    const db = new Database(join(tampered, 'events.sqlite'));
    const row = db
      .prepare<[string], { id: string; body: string }>(
        'SELECT id, body FROM commits WHERE stream_id = ? AND seq = 1',
      )
      .get(streamId)!;
    // One byte of the registered name: '负载学会-0-…' becomes '负载学会-1-…' (or back).
    const at = row.body.indexOf('负载学会-') + '负载学会-'.length;
    const changed = `${row.body.slice(0, at)}${row.body[at] === '1' ? '2' : '1'}${row.body.slice(at + 1)}`;
    db.prepare('UPDATE commits SET body = ? WHERE id = ?').run(changed, row.id);
    db.close();
    expect(society.name).toContain('负载学会-');

    const refused = await cli(join(work, 'from-tampered'), 'restore', tampered);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/events\.sqlite was changed after the backup/);
    expect(refused.stderr).toContain('nothing was restored');

    const verified = await cli(work, 'verify', tampered);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/changed: events\.sqlite was changed/);
    expect(verified.stdout).toContain(`altered: commit ${row.id}`);

    // Someone who also rewrote the manifest gets past the restore, not past verify.
    const file = join(tampered, 'manifest.json');
    const forged: BackupManifest = JSON.parse(readFileSync(file, 'utf8'));
    const events = forged.files.find((f) => f.name === 'events.sqlite')!;
    const bytes = readFileSync(join(tampered, 'events.sqlite'));
    Object.assign(events, {
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    writeFileSync(file, JSON.stringify(forged));
    const into = join(work, 'forged');
    expect((await cli(into, 'restore', tampered)).code).toBe(0);
    const after = await cli(into, 'verify');
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(`altered: commit ${row.id}`);
  });
});
