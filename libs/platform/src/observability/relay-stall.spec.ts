import type { RelayProgress } from '@pb/messaging';
import { checkRelayStall, type RelayWatch } from './relay-stall';

const ERROR = 'The broker received an out of order sequence number';

function watch(
  progress: RelayProgress,
  backlog: number,
  now: number,
): RelayWatch & { counted: number } {
  const state = {
    counted: 0,
    stallAfterMs: 60_000,
    now: () => now,
    progress: () => progress,
    backlog: async () => {
      state.counted++;
      return backlog;
    },
  };
  return state;
}

describe('the stall rule of the relay readiness', () => {
  it('fails when commits wait and nothing was published for longer than RELAY_STALL_AFTER_MS, naming the backlog, the time and the last error', async () => {
    const stalled = watch({ running: true, progressAt: 1_000, lastError: ERROR }, 3012, 76_000);
    await expect(checkRelayStall(stalled)).rejects.toThrow(
      `stalled: nothing published for 75 s while the outbox holds 3012 (RELAY_STALL_AFTER_MS=60000); last error: ${ERROR}`,
    );
  });

  it('fails without a last error when the relay hangs rather than fails', async () => {
    const hung = watch({ running: true, progressAt: 0, lastError: null }, 5, 61_000);
    await expect(checkRelayStall(hung)).rejects.toThrow(
      'stalled: nothing published for 61 s while the outbox holds 5 (RELAY_STALL_AFTER_MS=60000)',
    );
  });

  it('passes within the window, without counting the outbox', async () => {
    const recent = watch({ running: true, progressAt: 1_000, lastError: ERROR }, 3012, 61_000);
    await expect(checkRelayStall(recent)).resolves.toBe('publishing');
    expect(recent.counted).toBe(0);
  });

  it('passes when the outbox is empty, however long since the last publish', async () => {
    const idle = watch({ running: true, progressAt: 0, lastError: null }, 0, 3_600_000);
    await expect(checkRelayStall(idle)).resolves.toBe('publishing');
    expect(idle.counted).toBe(1);
  });

  it('passes while the relay stands by without the lease', async () => {
    const standby = watch({ running: false, progressAt: 0, lastError: null }, 3012, 3_600_000);
    await expect(checkRelayStall(standby)).resolves.toBe('standby');
    expect(standby.counted).toBe(0);
  });
});
