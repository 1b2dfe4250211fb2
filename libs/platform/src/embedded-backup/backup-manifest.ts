import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SealHead, StoreSummary } from '@pb/event-store';

/** The format backups are written in; /1 is read too, as a backup that holds no evidence files. */
export const BACKUP_FORMAT = 'pb-embedded-backup/2';
const FORMATS_READ: readonly string[] = ['pb-embedded-backup/1', BACKUP_FORMAT];
export const MANIFEST_FILE = 'manifest.json';

/** One file of a backup, as the manifest records it. */
export interface BackupFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** What a backup holds; written last, so a backup without one is unfinished. */
export interface BackupManifest {
  readonly format: string;
  /** When the copy began, and when the last file was done. */
  readonly createdAt: string;
  readonly finishedAt: string;
  readonly federationId: string;
  /** In the order they were copied: the views before the event store. */
  readonly files: readonly BackupFile[];
  /**
   * The evidence files, each by its path under the backup (`files/ab/<sha256>`, its
   * `.json` description and its `.by/` uploaders), copied after the databases.
   */
  readonly evidence: readonly BackupFile[];
  readonly store: {
    readonly streams: number;
    readonly commits: number;
    readonly events: number;
    /** The Merkle root of `heads`, computed as a seal's root is. */
    readonly headsRoot: string;
    readonly heads: readonly SealHead[];
  };
  readonly seal: {
    readonly sealId: string;
    readonly sealedAt: string;
    readonly root: string;
    readonly streams: number;
    readonly commitId: string;
  } | null;
}

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupRefused extends Error {
  override readonly name = 'BackupRefused';
}

export function storeFacts(summary: StoreSummary): Pick<BackupManifest, 'store' | 'seal'> {
  const { streams, commits, events, headsRoot, heads, seal } = summary;
  return {
    store: { streams, commits, events, headsRoot, heads },
    seal: seal && {
      sealId: seal.sealId,
      sealedAt: seal.sealedAt,
      root: seal.root,
      streams: seal.streams,
      commitId: seal.commitId,
    },
  };
}

/** Reads a backup's manifest; one that is missing or not of this format is refused. */
export function readManifest(dir: string): BackupManifest {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file))
    throw new BackupRefused(`${dir} holds no ${MANIFEST_FILE}: not a backup, or an unfinished one`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BackupRefused(`${file} is not JSON: ${(error as Error).message}`);
  }
  // The manifest comes from disk, written by anyone: checked field by field before use.
  const manifest = parsed as Partial<BackupManifest> | null;
  if (!FORMATS_READ.includes(manifest?.format as string))
    throw new BackupRefused(`${file} is not a manifest of format ${BACKUP_FORMAT}`);
  const files = listed(manifest!.files);
  const evidence = manifest!.format === BACKUP_FORMAT ? listed(manifest!.evidence) : [];
  const valid =
    files?.every((f) => DATABASE_OR_SECRET.test(f.name)) &&
    evidence?.every((f) => EVIDENCE_PATH.test(f.name));
  if (!files?.length || !valid || typeof manifest!.store?.commits !== 'number')
    throw new BackupRefused(
      `${file} lists no files, or files without name, size and SHA-256, or evidence outside files/`,
    );
  return { ...(manifest as BackupManifest), evidence: evidence! };
}

/** A file of the data directory itself: a name, no path. */
const DATABASE_OR_SECRET = /^[\w.-]+$/;
/**
 * An evidence file as FolderFileStore lays them out: the bytes, their description or one
 * uploader's mark. Nothing else is restored, so a manifest cannot write outside `files/`.
 */
export const EVIDENCE_PATH = /^files\/[0-9a-f]{2}\/[0-9a-f]{64}(\.json|\.by\/[0-9a-f]{64})?$/;

/** The evidence files' bytes, each `files/ab/<sha256>`: not their descriptions nor marks. */
export const evidenceBytes = (manifest: BackupManifest): readonly BackupFile[] =>
  manifest.evidence.filter((f) => !f.name.includes('.'));

/** A manifest's list of files, or null when it is not one of name, size and SHA-256 each. */
function listed(value: unknown): BackupFile[] | null {
  if (!Array.isArray(value)) return null;
  const files = value as Partial<BackupFile>[];
  const whole = files.every(
    (f) =>
      typeof f?.name === 'string' && typeof f.bytes === 'number' && typeof f.sha256 === 'string',
  );
  return whole ? (files as BackupFile[]) : null;
}

/** The SHA-256 of a file, read in chunks; `onBytes` is told how many bytes were read so far. */
export async function sha256File(
  file: string,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<string> {
  const hash = createHash('sha256');
  let read = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    read += chunk.length;
    onBytes(read);
  }
  return hash.digest('hex');
}

/** Every file a backup holds: the databases and the secret, then the evidence files. */
export const backupFiles = (manifest: BackupManifest): readonly BackupFile[] => [
  ...manifest.files,
  ...manifest.evidence,
];

/**
 * Checks every file the manifest lists, the evidence files too, against its size and
 * SHA-256; returns a line per file that is missing or changed, naming it (empty when the
 * backup is intact).
 */
export async function checkBackupFiles(
  dir: string,
  manifest: BackupManifest,
  onBytes: (done: number, total: number) => void = () => undefined,
): Promise<string[]> {
  const all = backupFiles(manifest);
  const total = all.reduce((sum, f) => sum + f.bytes, 0);
  const problems: string[] = [];
  let before = 0;
  for (const expected of all) {
    const file = join(dir, expected.name);
    if (!existsSync(file)) problems.push(`${expected.name} is missing from the backup`);
    else {
      const bytes = statSync(file).size;
      const sha256 = await sha256File(file, (n) => onBytes(before + n, total));
      if (sha256 !== expected.sha256 || bytes !== expected.bytes)
        problems.push(
          `${expected.name} was changed after the backup: ${bytes} bytes with SHA-256 ${sha256}, the manifest recorded ${expected.bytes} bytes with ${expected.sha256}`,
        );
    }
    before += expected.bytes;
  }
  return problems;
}
