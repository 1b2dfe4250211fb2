import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** libfaketime, from the Debian package faketime (.ci/run installs it). */
export const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/**
 * A wall clock that the suite moves while a process runs: the process starts with
 * `env` (libfaketime preloaded, reading its offset from a file on every call), and
 * `set('-1h')` jumps it back an hour from the true time, `set('+0')` returns it. Only
 * CLOCK_REALTIME moves (Date.now); the monotonic clock, as after an NTP step, does not.
 */
export function fakeClock() {
  const dir = mkdtempSync(join(tmpdir(), 'pb-clock-'));
  const file = join(dir, 'faketimerc');
  const set = (offset: string) => {
    // Renamed into place: the process must never read a half-written offset.
    writeFileSync(join(dir, 'next'), `${offset}\n`);
    renameSync(join(dir, 'next'), file);
  };
  set('+0');
  return {
    env: {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: file,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    set,
  };
}
