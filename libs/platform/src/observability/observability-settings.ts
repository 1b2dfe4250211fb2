type Env = Readonly<Record<string, string | undefined>>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** The Prometheus port each kind of process listens on unless METRICS_PORT says otherwise. */
export const DEFAULT_METRICS_PORTS = { api: 9464, relay: 9465, projector: 9466 } as const;

export interface ObservabilitySettings {
  /**
   * Where this process serves `/metrics`; null when METRICS_PORT is `off`. A null port
   * means the default of the process kind (DEFAULT_METRICS_PORTS); 0 picks a free port.
   */
  readonly metrics: { readonly host: string; readonly port: number | null } | null;
  readonly logLevel: LogLevelName;
}

const HOST = /^(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*|[0-9A-Fa-f:.]{2,45})$/;

/**
 * METRICS_HOST, METRICS_PORT and LOG_LEVEL, validated; every problem is pushed to
 * `problems`. An api asked for any free port (PORT=0) gets a free metrics port too, so
 * that several of them can run side by side.
 */
export function observabilitySettings(
  env: Env,
  problems: string[],
  httpPort: number,
): ObservabilitySettings {
  const host = env.METRICS_HOST?.trim() || '127.0.0.1';
  if (!HOST.test(host))
    problems.push(`METRICS_HOST must be an IP address or a host name, got "${host}"`);
  const rawPort = env.METRICS_PORT?.trim().toLowerCase() || null;
  let metrics: ObservabilitySettings['metrics'] = { host, port: httpPort === 0 ? 0 : null };
  if (rawPort === 'off') metrics = null;
  else if (rawPort !== null) {
    const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : NaN;
    if (!(port >= 0 && port <= 65535))
      problems.push(
        `METRICS_PORT must be a port from 0 to 65535 (0: any free port) or "off", got "${rawPort}"`,
      );
    else metrics = { host, port };
  }
  const rawLevel = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  const logLevel = (LOG_LEVELS as readonly string[]).includes(rawLevel)
    ? (rawLevel as LogLevelName)
    : null;
  if (logLevel === null)
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${rawLevel}"`);
  return { metrics, logLevel: logLevel ?? 'info' };
}
