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
  const latencies: number[] = [];
  let failed = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let n = 0; Date.now() < deadline; n++) {
        const t = process.hrtime.bigint();
        try {
          await operation(worker, n);
          latencies.push(milliseconds(t));
        } catch {
          failed++;
        }
      }
    }),
  );
  const elapsed = milliseconds(started) / 1000;
  return {
    connections,
    perSecond: round(latencies.length / elapsed, 0),
    p50Ms: round(percentile(latencies, 50), 1),
    p99Ms: round(percentile(latencies, 99), 1),
    ok: latencies.length,
    failed,
    statuses: {},
  };
}
