import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { SqliteEventStore, summarizeStore } from '@pb/event-store';
import { copySqliteOnline, makeSelfContained } from '@pb/storage';
import { embeddedFiles } from '../embedded-files';
import {
  BACKUP_FORMAT,
  BackupRefused,
  MANIFEST_FILE,
  sha256File,
  storeFacts,
  type BackupFile,
  type BackupManifest,
} from './backup-manifest';
import { copyEvidence } from './evidence-copy';

/**
 * How far a backup has come: `step` of `file` (of every file when null), `done` of
 * `total` pages copied, evidence files copied, commits read or bytes hashed.
 */
export interface BackupProgress {
  readonly step: 'copy' | 'evidence' | 'summary' | 'hash';
  readonly file: string | null;
  readonly done: number;
  readonly total: number | null;
}

export interface BackupOptions {
  readonly federationId: string;
  readonly now?: () => Date;
  readonly onProgress?: (progress: BackupProgress) => void;
}

/**
 * Backs up the embedded mode's data directory into `target` (absent or empty) while the
 * api goes on serving. Each SQLite file is copied as of one moment by SQLite's online
 * backup API: the event store with its claims, outbox marks and seals as one database,
 * the views as another. The views are copied first, so they never hold an event the
 * copied event store lacks; a restore brings them up to the event store. The accounts'
 * credentials, sessions and invitations are tables of the event store's file and come
 * with it. The evidence files are copied next, then the manifest is written last, with
 * every file's size and SHA-256 and what the event store holds.
 */
export async function backupEmbedded(
  dataDir: string,
  target: string,
  { federationId, now = () => new Date(), onProgress = () => undefined }: BackupOptions,
): Promise<BackupManifest> {
  const source = embeddedFiles(dataDir);
  const copy = embeddedFiles(target);
  if (!existsSync(source.events))
    throw new BackupRefused(`${dataDir} holds no embedded store (no ${basename(source.events)})`);
  ensureEmpty(target, 'backup', 'name a new directory for the backup');
  const createdAt = now().toISOString();
  const databases = [source.views, source.events].filter((file) => existsSync(file));
  for (const file of databases) {
    const name = basename(file);
    await copySqliteOnline(file, join(target, name), ({ pages, totalPages }) =>
      onProgress({ step: 'copy', file: name, done: pages, total: totalPages }),
    );
  }
  if (existsSync(source.secret)) {
    copyFileSync(source.secret, copy.secret);
    chmodSync(copy.secret, 0o600);
  }
  // Copied after the event store's copy, not as of its moment, and that is enough: a file
  // is stored under its SHA-256 and never changed (its description is written once, its
  // uploaders' marks only added), and a command names only a file whose bytes and
  // description were stored before its commit, so every file the copied store names is
  // there by now. A file uploaded since may come along too, perhaps without its
  // description yet: no copied record names it, and a restored store sees no such file.
  const evidence = copyEvidence(dataDir, target, (done, total) =>
    onProgress({ step: 'evidence', file: null, done, total }),
  );
  const store = new SqliteEventStore(copy.events);
  const summary = await summarizeStore(store, federationId, ({ commits }) =>
    onProgress({ step: 'summary', file: basename(copy.events), done: commits, total: null }),
  ).finally(() => store.close());
  const copied = databases.map((file) => join(target, basename(file)));
  for (const file of copied) makeSelfContained(file);
  const kept = existsSync(copy.secret) ? [...copied, copy.secret] : copied;
  const names = [...kept.map((file) => basename(file)), ...evidence];
  const total = names.reduce((sum, name) => sum + statSync(join(target, name)).size, 0);
  const hashed: BackupFile[] = [];
  let before = 0;
  for (const name of names) {
    const file = join(target, name);
    const sha256 = await sha256File(file, (done) =>
      onProgress({ step: 'hash', file: null, done: before + done, total }),
    );
    hashed.push({ name, bytes: statSync(file).size, sha256 });
    before += hashed.at(-1)!.bytes;
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt,
    finishedAt: now().toISOString(),
    federationId,
    files: hashed.slice(0, kept.length),
    evidence: hashed.slice(kept.length),
    ...storeFacts(summary),
  };
  // Written under another name, then renamed: a manifest is there only when whole.
  const partial = join(target, `${MANIFEST_FILE}.partial`);
  writeFileSync(partial, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(partial, join(target, MANIFEST_FILE));
  return manifest;
}

/** Creates `dir` if need be; refuses one that holds anything, naming a few of its entries. */
export function ensureEmpty(dir: string, command: string, advice: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory())
      throw new BackupRefused(`${command}: ${dir} is not a directory; ${advice}`);
    const entries = readdirSync(dir);
    if (entries.length > 0)
      throw new BackupRefused(
        `${command}: ${dir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); ${command} writes only into an empty directory, so that nothing is overwritten: ${advice}`,
      );
  }
  // What a backup holds, the token secret among it, is for the operator's eyes only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}
