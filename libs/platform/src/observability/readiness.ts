import { withTimeout } from '@pb/common';
import type { EventStore } from '@pb/event-store';
import type { KafkaProbe } from './kafka-probe';

export interface CheckResult {
  readonly status: 'ok' | 'failing';
  readonly durationMs: number;
  /** Why the check failed. */
  readonly error?: string;
}

export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, CheckResult>>;
}

/** How long one check may take before it counts as failing. */
const CHECK_TIMEOUT_MS = 2500;

/** A command id no command has: looking it up is one indexed read of the store. */
const PROBE_COMMAND_ID = 'readiness-probe';

/** A check of its own a process adds, e.g. the relay's stall rule; it fails by throwing. */
export type ReadinessCheck = () => Promise<unknown>;

/**
 * Whether this process can serve: the store answers a cheap indexed read and, in
 * distributed mode, the Kafka cluster answers a metadata request, and the process's own
 * checks pass. The checks run at once.
 */
export async function checkReadiness(
  store: EventStore,
  kafka: KafkaProbe | null,
  own: Readonly<Record<string, ReadinessCheck>> = {},
): Promise<Readiness> {
  const checks: Record<string, ReadinessCheck> = {
    store: () => store.findByCommandId(PROBE_COMMAND_ID),
    ...own,
  };
  if (kafka) checks.kafka = () => kafka.ping(CHECK_TIMEOUT_MS);
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => [name, await timed(check)] as const),
  );
  return {
    ready: results.every(([, result]) => result.status === 'ok'),
    checks: Object.fromEntries(results),
  };
}

/** The failing checks and why, as the `detail` of a not-ready answer says them. */
export function failingChecks(checks: Readiness['checks']): string {
  return Object.entries(checks)
    .filter(([, check]) => check.status !== 'ok')
    .map(([name, check]) => `${name}: ${check.error}`)
    .join('; ');
}

async function timed(check: ReadinessCheck): Promise<CheckResult> {
  const started = performance.now();
  try {
    await withTimeout(
      check(),
      CHECK_TIMEOUT_MS,
      () => new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`),
    );
    return { status: 'ok', durationMs: elapsed(started) };
  } catch (error) {
    return {
      status: 'failing',
      durationMs: elapsed(started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
