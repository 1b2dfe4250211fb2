import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENESIS_HASH } from '../commit';
import { appendChain, commitOf } from '../event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore on a full disk', () => {
  // A filesystem of its own to fill (tmpfs: the suites run as root here and in CI).
  const dir = mkdtempSync(join(tmpdir(), 'pb-full-disk-'));
  const ballast = join(dir, 'ballast');
  beforeAll(() => execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir]));
  afterAll(() => {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses every append of a group commit the disk cannot take, keeps none, and takes them once there is room', async () => {
    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    try {
      await appendChain(store, 'society-a', 1);
      const { bavail, bsize } = statfsSync(dir);
      writeFileSync(ballast, Buffer.alloc(bavail * bsize));
      const streams = ['society-b', 'society-c', 'society-d'];
      // One turn of the event loop: the three share one transaction.
      const outcomes = await Promise.allSettled(
        streams.map((s) => store.append(commitOf(s, 1, GENESIS_HASH))),
      );
      for (const outcome of outcomes)
        expect(outcome).toMatchObject({
          status: 'rejected',
          reason: { code: 'STORE.DISK_FULL', kind: 'unavailable' },
        });
      await expect(store.writable()).rejects.toMatchObject({ code: 'STORE.DISK_FULL' });
      for (const s of streams) expect(await store.readStream(s)).toEqual([]);

      rmSync(ballast);
      await store.writable();
      const again = await Promise.all(
        streams.map((s) => store.append(commitOf(s, 1, GENESIS_HASH))),
      );
      expect(again.map((c) => c.seq)).toEqual([1, 1, 1]);
      expect(await store.readStream('society-a')).toHaveLength(1);
    } finally {
      rmSync(ballast, { force: true });
      await store.close();
    }
  });
});
