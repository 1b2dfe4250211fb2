import type { RelayProgress } from '@pb/messaging';

/** What the stall rule reads: the relay's progress and, when it matters, the outbox. */
export interface RelayWatch {
  progress(): RelayProgress;
  /** Commits not yet published. */
  backlog(): Promise<number>;
  /** RELAY_STALL_AFTER_MS. */
  readonly stallAfterMs: number;
  readonly now?: () => number;
}

/**
 * The relay's readiness check: it fails, saying why, when the relay runs (holds the lease),
 * commits wait in the outbox, and for longer than `stallAfterMs` it has neither published
 * a batch nor found the outbox empty. A relay standing by, or one that keeps up, passes;
 * the outbox is counted only once the relay has been quiet that long.
 */
export async function checkRelayStall(watch: RelayWatch): Promise<string> {
  const progress = watch.progress();
  if (!progress.running) return 'standby';
  const quietMs = (watch.now ?? (() => performance.now()))() - progress.progressAt;
  if (quietMs <= watch.stallAfterMs) return 'publishing';
  const backlog = await watch.backlog();
  if (backlog === 0) return 'publishing';
  const lastError = progress.lastError ? `; last error: ${progress.lastError}` : '';
  throw new Error(
    `stalled: nothing published for ${Math.round(quietMs / 1000)} s while the outbox holds ` +
      `${backlog} (RELAY_STALL_AFTER_MS=${watch.stallAfterMs})${lastError}`,
  );
}
