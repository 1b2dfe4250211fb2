import { chmodSync, copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { embeddedFiles } from '../embedded-files';
import {
  BackupRefused,
  backupFiles,
  checkBackupFiles,
  readManifest,
  type BackupManifest,
} from './backup-manifest';
import { ensureEmpty } from './embedded-backup';

/** How far a restore has come: the bytes checked against the manifest, then copied. */
export interface RestoreProgress {
  readonly step: 'check' | 'copy';
  readonly done: number;
  readonly total: number;
}

/**
 * Restores a backup into an empty data directory: every file, the evidence files too, is
 * first checked against the manifest's size and SHA-256 (a changed one is named and
 * nothing is written), then copied. The restored views are as old as the backup's copy of them, at most as new as
 * its event store: the caller brings them up to the event store before serving.
 */
export async function restoreEmbedded(
  backupDir: string,
  dataDir: string,
  onProgress: (progress: RestoreProgress) => void = () => undefined,
): Promise<BackupManifest> {
  const manifest = readManifest(backupDir);
  ensureEmpty(dataDir, 'restore', 'set DATA_DIR to a new directory, or empty this one');
  const problems = await checkBackupFiles(backupDir, manifest, (done, total) =>
    onProgress({ step: 'check', done, total }),
  );
  if (problems.length > 0)
    throw new BackupRefused(
      `restore: the backup in ${backupDir} does not match its manifest, nothing was restored:\n  ${problems.join('\n  ')}\n(npm run cli -- verify ${backupDir} names the commits that changed)`,
    );
  const all = backupFiles(manifest);
  const total = all.reduce((sum, f) => sum + f.bytes, 0);
  // Each file or the evidence folder goes in under `<name>.restoring` first.
  const entries = [...new Set(all.map((f) => f.name.split('/')[0]!))];
  try {
    let done = 0;
    for (const file of all) {
      const [entry, ...rest] = file.name.split('/');
      const to = join(dataDir, `${entry}.restoring`, ...rest);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(backupDir, file.name), to);
      done += file.bytes;
      onProgress({ step: 'copy', done, total });
    }
    // Renamed only when all are copied: a data directory never holds half a backup.
    for (const entry of entries)
      renameSync(join(dataDir, `${entry}.restoring`), join(dataDir, entry));
  } catch (error) {
    for (const entry of entries)
      rmSync(join(dataDir, `${entry}.restoring`), { recursive: true, force: true });
    throw error;
  }
  const secret = embeddedFiles(dataDir).secret;
  if (manifest.files.some((f) => join(dataDir, f.name) === secret)) chmodSync(secret, 0o600);
  return manifest;
}
