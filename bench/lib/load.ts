import autocannon from 'autocannon';
import { milliseconds, percentile, round } from './stats';

/** What a closed-loop run measured: answers per second and their latency. */
export interface LoadFigures {
  readonly connections: number;
  /** Successful (2xx) answers per second over the run. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  readonly failed: number;
  readonly statuses: Record<string, number>;
  /** The message of the first failed operation, when one failed. */
  readonly firstError?: string;
}

/**
 * `connections` keep-alive connections, each sending its next request as soon as the
 * previous one is answered, for `seconds` (autocannon). Each connection walks through
 * `requests` in order, again and again; `setupRequest` may fill in ids per connection.
 */
export async function httpLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  requests: autocannon.Request[];
}): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.requests,
  });
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
    statuses[code] = stat.count ?? 0;
  return {
    connections: options.connections,
    perSecond: round(result['2xx'] / result.duration, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    statuses,
  };
}

/**
 * The same closed loop for any async operation (an insert, a produce): `connections`
 * workers, each starting its next operation when the previous one is done.
 */
export async function operationLoad(
  connections: number,
  seconds: number,
  operation: (worker: number, n: number) => Promise<unknown>,
): Promise<LoadFigures> {
  const deadline = Date.now() + seconds * 1000;
  return figuresOf([await closedLoop(connections, () => Date.now() < deadline, operation)]);
}

/** What one closed-loop run measured, before it is summed up (figuresOf). */
export interface LoadSample {
  readonly connections: number;
  readonly latencies: number[];
  readonly failed: number;
  readonly seconds: number;
  readonly firstError?: string;
}

/**
 * The closed loop for a fixed amount of work: each of `connections` workers runs
 * `perWorker` operations, so that two subjects measured in turn do the same work.
 */
export function countedLoad(
  connections: number,
  perWorker: number,
  operation: (worker: number, n: number) => Promise<unknown>,
): Promise<LoadSample> {
  return closedLoop(connections, (n) => n < perWorker, operation);
}

/** The figures of runs taken together (at the same concurrency): their operations over their time. */
export function figuresOf(samples: readonly LoadSample[]): LoadFigures {
  const latencies = samples.flatMap((sample) => sample.latencies);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  const firstError = samples.find((sample) => sample.firstError !== undefined)?.firstError;
  return {
    connections: samples[0]?.connections ?? 0,
    perSecond: round(seconds === 0 ? 0 : latencies.length / seconds, 0),
    p50Ms: round(percentile(latencies, 50), 1),
    p99Ms: round(percentile(latencies, 99), 1),
    ok: latencies.length,
    failed: samples.reduce((sum, sample) => sum + sample.failed, 0),
    statuses: {},
    ...(firstError !== undefined && { firstError }),
  };
}

async function closedLoop(
  connections: number,
  goOn: (n: number) => boolean,
  operation: (worker: number, n: number) => Promise<unknown>,
): Promise<LoadSample> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | undefined;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let n = 0; goOn(n); n++) {
        const t = process.hrtime.bigint();
        try {
          await operation(worker, n);
          latencies.push(milliseconds(t));
        } catch (error) {
          failed++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  return {
    connections,
    latencies,
    failed,
    seconds: milliseconds(started) / 1000,
    ...(firstError !== undefined && { firstError }),
  };
}
