import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { FileTooLarge, FileTypeUnsupported } from './file-store.errors';
import { SNIFF_BYTES, sniffMediaType, type EvidenceMediaType } from './media-type';

/** An upload written whole and fsynced to a temporary file, with what its bytes are. */
export interface ReceivedFile {
  readonly path: string;
  readonly sha256: string;
  readonly mediaType: EvidenceMediaType;
  readonly size: number;
  discard(): Promise<void>;
}

/**
 * Writes `source` to a new file in `dir` while hashing it. Stops reading as soon as the
 * bytes pass `maxBytes` or their first bytes are no kind of evidence, and then removes
 * what it wrote: nothing half-received stays behind.
 */
export async function receiveFile(
  source: AsyncIterable<Uint8Array>,
  dir: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `.upload-${randomUUID()}`);
  const handle = await open(path, 'wx');
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let mediaType: EvidenceMediaType | null = null;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new FileTooLarge(maxBytes);
      if (mediaType === null && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk]);
        mediaType = sniffOrRefuse(head, false);
      }
      hash.update(chunk);
      await handle.write(chunk);
    }
    mediaType ??= sniffOrRefuse(head, true);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
  const discard = () => unlink(path).catch(() => undefined);
  if (mediaType === null) {
    await discard();
    throw new FileTypeUnsupported();
  }
  return { path, sha256: hash.digest('hex'), mediaType, size, discard };
}

/** The type once enough bytes are in (or the file ended); null while more may tell. */
function sniffOrRefuse(head: Buffer, ended: boolean): EvidenceMediaType | null {
  const type = sniffMediaType(head);
  if (type !== null) return type;
  if (ended || head.length >= SNIFF_BYTES) throw new FileTypeUnsupported();
  return null;
}
