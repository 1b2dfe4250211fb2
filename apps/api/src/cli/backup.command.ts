import { resolve } from 'node:path';
import type { EventStore } from '@pb/event-store';
import {
  backupEmbedded,
  backupFiles,
  evidenceBytes,
  restoreEmbedded,
  type AppConfig,
  type BackupManifest,
  type Runtime,
} from '@pb/platform';
import { openProjector, type GenerationalReadModelStore } from '@pb/projections';
import { Steps, type ProgressOptions } from './progress';
import { secondsSince, withRuntime } from './store-commands';
import { readOptions, UsageError } from './usage';

const UNITS = {
  copy: 'pages',
  evidence: 'files',
  summary: 'commits read',
  hash: 'bytes',
} as const;

/**
 * `backup <target-dir>`: an online backup of the embedded data directory: the two
 * databases (the accounts' credentials, sessions and invitations in the event store's),
 * the token secret and the evidence files.
 */
export async function backup(
  config: AppConfig,
  args: readonly string[],
  display: ProgressOptions,
): Promise<number> {
  const target = resolve(onlyDirectory('backup', 'target-dir', config, args));
  const started = Date.now();
  const steps = new Steps(display);
  const manifest = await backupEmbedded(config.dataDir, target, {
    federationId: config.federationId,
    onProgress: ({ step, file, done, total }) =>
      steps.update(`backup: ${step}${file ? ` ${file}` : ''}`, UNITS[step], done, total),
  }).finally(() => steps.stop());
  const { store, seal } = manifest;
  console.log(
    `backup: ${store.events} events in ${store.commits} commits of ${store.streams} streams, ${megabytes(manifest)} into ${target}; ${secondsSince(started)}`,
  );
  for (const file of manifest.files)
    console.log(`  ${file.name}: ${file.bytes} bytes, SHA-256 ${file.sha256}`);
  console.log(`  files/: ${evidenceSummary(manifest)}`);
  console.log(`  heads root ${store.headsRoot}`);
  console.log(
    seal
      ? `  latest seal ${seal.sealId} of ${seal.sealedAt} (${seal.commitId}), root ${seal.root}`
      : '  no seal yet',
  );
  return 0;
}

/** `restore <backup-dir>`: the backup into an empty DATA_DIR, then the views brought up. */
export async function restore(
  config: AppConfig,
  args: readonly string[],
  display: ProgressOptions,
): Promise<number> {
  const source = resolve(onlyDirectory('restore', 'backup-dir', config, args));
  const started = Date.now();
  const steps = new Steps(display);
  const manifest = await restoreEmbedded(source, config.dataDir, ({ step, done, total }) =>
    steps.update(`restore: ${step}`, 'bytes', done, total),
  ).finally(() => steps.stop());
  const applied = await withRuntime(config, (runtime) => bringViewsUp(runtime, manifest, display));
  console.log(
    `restore: the backup of ${manifest.createdAt} (${manifest.store.events} events in ${manifest.store.commits} commits, ${evidenceSummary(manifest)}) into ${config.dataDir}; ${applied} events the copied views lacked applied; ${secondsSince(started)}`,
  );
  return 0;
}

/**
 * The views were copied before the event store, so they may lack its last commits.
 * Every commit goes through the projector as a batch delivered again would: what the
 * views hold is skipped by position, the rest applied. Returns the events applied.
 */
async function bringViewsUp(
  runtime: Runtime,
  manifest: BackupManifest,
  display: ProgressOptions,
): Promise<number> {
  const { store, views } = runtime.infra;
  const steps = new Steps(display);
  return catchUp(store, views, (done) =>
    steps.update('restore: views', 'commits', done, manifest.store.commits),
  ).finally(() => steps.stop());
}

async function catchUp(
  store: EventStore,
  views: GenerationalReadModelStore,
  onCommits: (done: number) => void,
): Promise<number> {
  const projector = await openProjector(views, store);
  let applied = 0;
  let commits = 0;
  for (let after: string | null = null; ;) {
    const page = await store.readAll(after, 1000);
    if (page.commits.length === 0) return applied;
    applied += (await projector.handle(page.commits.flatMap((c) => c.events))).length;
    commits += page.commits.length;
    onCommits(commits);
    after = page.next;
  }
}

/** The one directory a command names; backup and restore are the embedded mode's. */
function onlyDirectory(
  command: string,
  name: string,
  config: AppConfig,
  args: readonly string[],
): string {
  const { positionals } = readOptions(command, args, []);
  if (positionals.length !== 1)
    throw new UsageError(`${command}: name one directory: ${command} <${name}>`);
  if (config.mode !== 'embedded')
    throw new UsageError(
      `${command} copies the embedded mode's SQLite files; with MongoDB and Kafka, see "Backup and restore" in docs/operations.md`,
    );
  return positionals[0]!;
}

const megabytes = (manifest: BackupManifest) =>
  `${(backupFiles(manifest).reduce((sum, f) => sum + f.bytes, 0) / 1e6).toFixed(1)} MB`;

/** The evidence files a backup holds, counted by their bytes (not their descriptions). */
function evidenceSummary(manifest: BackupManifest): string {
  const blobs = evidenceBytes(manifest);
  const bytes = blobs.reduce((sum, f) => sum + f.bytes, 0);
  return `${blobs.length} evidence files of ${bytes} bytes`;
}
