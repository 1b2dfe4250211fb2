import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, link, mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { sanitiseFileName } from '../files/file-name';
import { FileStore, SHA256_PATTERN } from '../files/file-store.port';
import type { FileCheck, StoredFile, Upload } from '../files/file-store.port';
import { receiveFile } from '../files/received-file';

/**
 * The embedded mode's evidence: `<root>/ab/<sha256>` holds the bytes, `<sha256>.json`
 * what the first upload said of them, `<sha256>.by/` one entry per uploader. Every file
 * is written whole to `<root>/.tmp`, fsynced and then renamed or linked into place, so
 * nothing half-written is ever visible under a hash.
 */
export class FolderFileStore extends FileStore {
  private readonly tmp: string;

  constructor(private readonly root: string) {
    super();
    this.tmp = join(root, '.tmp');
  }

  async put(
    source: AsyncIterable<Uint8Array>,
    upload: Upload,
    maxBytes: number,
  ): Promise<StoredFile> {
    const received = await receiveFile(source, this.tmp, maxBytes);
    const { sha256, mediaType, size } = received;
    const name = sanitiseFileName(upload.name);
    const blob = this.blobPath(sha256);
    try {
      await mkdir(dirname(blob), { recursive: true });
      // The same bytes may be there already: renaming over them changes nothing.
      await rename(received.path, blob);
      await syncDirectory(dirname(blob));
    } finally {
      await received.discard();
    }
    const stored: StoredFile = { sha256, name, mediaType, size };
    await this.createOnce(`${blob}.json`, JSON.stringify(stored));
    await mkdir(`${blob}.by`, { recursive: true });
    await this.createOnce(join(`${blob}.by`, actorKey(upload.uploadedBy)), upload.uploadedBy);
    return stored;
  }

  async describe(sha256: string): Promise<StoredFile | null> {
    if (!SHA256_PATTERN.test(sha256)) return null;
    const blob = this.blobPath(sha256);
    try {
      await access(blob);
      return JSON.parse(await readFile(`${blob}.json`, 'utf8')) as StoredFile;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async uploadedBy(sha256: string, actor: string): Promise<boolean> {
    if (!SHA256_PATTERN.test(sha256)) return false;
    return exists(join(`${this.blobPath(sha256)}.by`, actorKey(actor)));
  }

  async open(sha256: string): Promise<Readable | null> {
    if (!SHA256_PATTERN.test(sha256) || !(await exists(this.blobPath(sha256)))) return null;
    return createReadStream(this.blobPath(sha256));
  }

  async check(sha256: string): Promise<FileCheck> {
    const stream = await this.open(sha256);
    if (stream === null) return { status: 'missing' };
    const actual = await hashOf(stream);
    return actual === sha256 ? { status: 'intact' } : { status: 'changed', actualSha256: actual };
  }

  async close(): Promise<void> {}

  private blobPath(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Writes `content` at `path` unless something is there: the first writer wins, whole. */
  private async createOnce(path: string, content: string): Promise<void> {
    if (await exists(path)) return;
    await mkdir(this.tmp, { recursive: true });
    const temp = join(this.tmp, `.${actorKey(path)}-${process.pid}-${Date.now()}`);
    await writeFile(temp, content, { flush: true });
    try {
      await link(temp, path);
      await syncDirectory(dirname(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }
}

/** The SHA-256 of a stream's bytes, hex. */
async function hashOf(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}

/** An actor as a file name: any subject, whatever characters it holds. */
function actorKey(actor: string): string {
  return createHash('sha256').update(actor).digest('hex');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** A rename is durable once its directory is synced. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
