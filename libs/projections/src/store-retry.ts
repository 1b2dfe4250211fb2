import { DomainError } from '@pb/domain';

/** How often, and how far apart, a long job makes a call again that the store could not answer. */
export interface StoreRetry {
  readonly attempts: number;
  readonly delayMs: number;
}

/** A rebuild runs for minutes on a million events: a store that stalls for a moment must not undo them. */
export const REBUILD_RETRY: StoreRetry = { attempts: 5, delayMs: 2_000 };

/**
 * Runs `call`, and again after a pause while the store answers it as unavailable (a
 * lost connection, a socket time-out on a loaded server), up to `attempts` times in all;
 * any other error, and the last refusal, go to the caller. Only for calls that may run
 * twice: the projector's batches (their positions skip what is done) and the status
 * views (each recomputed whole).
 */
export async function whileUnavailable<T>(
  call: () => Promise<T>,
  retry: StoreRetry,
  onRetry: (error: Error, attempt: number) => void = () => undefined,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const passing = error instanceof DomainError && error.kind === 'unavailable';
      if (!passing || attempt >= retry.attempts) throw error;
      onRetry(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
    }
  }
}
