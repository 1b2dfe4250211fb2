import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { summarizeStore, type SealHead } from '@pb/event-store';
import {
  checkBackupFiles,
  embeddedFiles,
  readManifest,
  type AppConfig,
  type BackupManifest,
} from '@pb/platform';
import { startProgress, type ProgressOptions } from './progress';
import { verify, withRuntime } from './store-commands';
import { readOptions, UsageError } from './usage';

/**
 * `verify <backup-dir>`: the backup's files against its manifest, then the hash chains
 * and the latest seal of its event store and the evidence files its events name, then
 * its heads against the manifest's: names every file, stream and commit that changed
 * after the backup was taken, and every evidence file named but not in the backup.
 */
export async function verifyBackup(
  config: AppConfig,
  args: readonly string[],
  display: ProgressOptions,
): Promise<number> {
  const { positionals } = readOptions('verify', args, []);
  if (positionals.length !== 1)
    throw new UsageError('verify: name at most one backup directory: verify [<backup-dir>]');
  const dir = resolve(positionals[0]!);
  const manifest = readManifest(dir);
  const progress = startProgress('verify: files', 'bytes', display);
  const changedFiles = await checkBackupFiles(dir, manifest, (done, total) =>
    progress.update(done, total),
  ).finally(() => progress.stop());
  console.log(
    `verify: the backup of ${manifest.createdAt} in ${dir}, ${manifest.files.length} files and ${manifest.evidence.length} of evidence`,
  );
  for (const problem of changedFiles) console.log(`  changed: ${problem}`);
  // Opening the backup's own file would change it (SQLite marks it WAL): a copy is read.
  const scratch = mkdtempSync(join(tmpdir(), 'pb-verify-'));
  try {
    const { events, evidence } = embeddedFiles(scratch);
    copyFileSync(join(dir, basename(events)), events);
    // The evidence files are only read: the backup's own, each against the hash it is named by.
    const files = join(dir, basename(evidence));
    if (existsSync(files)) symlinkSync(files, evidence);
    const embedded: AppConfig = { ...config, mode: 'embedded', dataDir: scratch };
    return await withRuntime(embedded, async (runtime) => {
      const chains = await verify(runtime, display);
      const summary = await summarizeStore(runtime.infra.store, config.federationId);
      const heads = headProblems(manifest, summary.heads);
      for (const problem of heads) console.log(`  head: ${problem}`);
      const ok = changedFiles.length === 0 && chains === 0 && heads.length === 0;
      console.log(
        ok
          ? 'verify: the backup is whole, its heads as the manifest recorded them'
          : `verify: the backup was changed: ${changedFiles.length} file(s), ${heads.length} head(s) differ from the manifest${chains === 0 ? '' : ', and the chains or the seal show the problems above'}`,
      );
      return ok ? 0 : 1;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Each stream whose last commit is not the one the manifest recorded, named with both. */
function headProblems(manifest: BackupManifest, found: readonly SealHead[]): string[] {
  const problems: string[] = [];
  const recorded = new Map(manifest.store.heads.map((head) => [head.streamId, head]));
  for (const head of found) {
    const expected = recorded.get(head.streamId);
    recorded.delete(head.streamId);
    if (!expected)
      problems.push(`stream ${head.streamId} (head seq ${head.seq}) is not in the manifest`);
    else if (expected.seq !== head.seq || expected.hash !== head.hash)
      problems.push(
        `stream ${head.streamId} ends at seq ${head.seq} with hash ${head.hash}, the manifest recorded seq ${expected.seq} with ${expected.hash}`,
      );
  }
  for (const missing of recorded.values())
    problems.push(
      `stream ${missing.streamId} is missing; the manifest recorded it at seq ${missing.seq}`,
    );
  return problems;
}
