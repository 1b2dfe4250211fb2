import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
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
    fill(marginBytes: number): void {
      writeFileSync(ballast, Buffer.alloc(Math.max(0, freeBytes() - marginBytes)));
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
