import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { FileTooLarge, FileTypeUnsupported } from './file-store.errors';
import type { FileStore } from './file-store.port';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1b26a0000000049454e44ae426082',
  'hex',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A source in small pieces, as a network stream arrives. */
const pieces = (bytes: Buffer, size = 7) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );
const read = async (stream: AsyncIterable<Uint8Array>) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
};

/**
 * What every FileStore adapter must do. `corrupt` changes the bytes kept under a hash
 * behind the store's back, as a disk or an operator might.
 */
export function fileStoreContract(
  open: () => Promise<{ store: FileStore; corrupt(sha256: string): Promise<void> }>,
): void {
  let store: FileStore;
  let corrupt: (sha256: string) => Promise<void>;
  beforeEach(async () => ({ store, corrupt } = await open()));
  afterEach(() => store.close());

  it('keeps a file by its SHA-256 and answers its name, type and size', async () => {
    const stored = await store.put(pieces(PNG), { name: '现场照片.png', uploadedBy: 'u1' }, 1024);
    expect(stored).toEqual({
      sha256: sha256(PNG),
      name: '现场照片.png',
      mediaType: 'image/png',
      size: PNG.length,
    });
    expect(await store.describe(sha256(PNG))).toEqual(stored);
    expect(await read((await store.open(sha256(PNG)))!)).toEqual(PNG);
    expect(await store.check(sha256(PNG))).toEqual({ status: 'intact' });
  });

  it('keeps the same bytes once, under the first name, and remembers every uploader', async () => {
    await store.put(pieces(PNG), { name: 'first.png', uploadedBy: 'u1' }, 1024);
    const again = await store.put(pieces(PNG, 3), { name: 'second.png', uploadedBy: 'u2' }, 1024);
    expect(again.name).toBe('second.png');
    expect((await store.describe(sha256(PNG)))?.name).toBe('first.png');
    expect(await store.uploadedBy(sha256(PNG), 'u1')).toBe(true);
    expect(await store.uploadedBy(sha256(PNG), 'u2')).toBe(true);
    expect(await store.uploadedBy(sha256(PNG), 'u3')).toBe(false);
  });

  it('refuses bytes that are no evidence, and a file past the limit, keeping nothing', async () => {
    const text = Buffer.from('just some text, renamed photo.jpg');
    await expect(
      store.put(pieces(text), { name: 'photo.jpg', uploadedBy: 'u1' }, 1024),
    ).rejects.toBeInstanceOf(FileTypeUnsupported);
    await expect(
      store.put(pieces(PNG), { name: 'big.png', uploadedBy: 'u1' }, PNG.length - 1),
    ).rejects.toBeInstanceOf(FileTooLarge);
    expect(await store.describe(sha256(text))).toBeNull();
    expect(await store.describe(sha256(PNG))).toBeNull();
    expect(await store.open(sha256(PNG))).toBeNull();
  });

  it('knows nothing of an unknown or malformed hash', async () => {
    expect(await store.describe('0'.repeat(64))).toBeNull();
    expect(await store.describe('../../etc/passwd')).toBeNull();
    expect(await store.uploadedBy('nope', 'u1')).toBe(false);
    expect(await store.check('0'.repeat(64))).toEqual({ status: 'missing' });
  });

  it('finds bytes changed behind its back', async () => {
    await store.put(pieces(PNG), { name: 'a.png', uploadedBy: 'u1' }, 1024);
    await corrupt(sha256(PNG));
    const check = await store.check(sha256(PNG));
    expect(check.status).toBe('changed');
    expect(check).not.toEqual({ status: 'changed', actualSha256: sha256(PNG) });
  });
}
