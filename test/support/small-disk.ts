import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A filesystem of `megabytes` of its own (tmpfs; the suites run as root here and in
 * CI), to fill up: `fill` leaves `marginBytes` free behind a ballast file, `free`
 * deletes the ballast. `unmount` is safe to call whatever happened before.
 */
export function mountSmallDisk(megabytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'pb-small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  const ballast = join(dir, 'ballast');
  const freeBytes = () => {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  };
  return {
    dir,
    freeBytes,
    /**
     * Writes ballast until no more than `marginBytes` are left. The load goes on writing
     * meanwhile, so the disk may fill before the ballast is whole: that is full too.
     */
    fill(marginBytes: number): void {
      const fd = openSync(ballast, 'a');
      try {
        for (let left = freeBytes() - marginBytes; left > 0; left = freeBytes() - marginBytes)
          writeSync(fd, Buffer.alloc(Math.min(left, 1 << 20)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
    },
    free(): void {
      rmSync(ballast, { force: true });
    },
    unmount(): void {
      try {
        execFileSync('umount', ['-l', dir]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
