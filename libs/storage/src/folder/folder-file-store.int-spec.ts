import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileStoreContract } from '../files/file-store.contract';
import { FolderFileStore } from './folder-file-store';

describe('FolderFileStore', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  fileStoreContract(async () => {
    const root = await mkdtemp(join(tmpdir(), 'pb-files-'));
    dirs.push(root);
    return {
      store: new FolderFileStore(root),
      corrupt: (sha256) => writeFile(join(root, sha256.slice(0, 2), sha256), 'replaced'),
    };
  });

  it('leaves no temporary file behind, kept or refused', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pb-files-'));
    dirs.push(root);
    const store = new FolderFileStore(root);
    await store.put(
      Readable.from([Buffer.from('%PDF-1.4\n%%EOF\n')]),
      { name: 'a.pdf', uploadedBy: 'u' },
      100,
    );
    await expect(
      store.put(Readable.from([Buffer.from('plain')]), { name: 'b.pdf', uploadedBy: 'u' }, 100),
    ).rejects.toThrow();
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
  });
});
