import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { ConfigError } from '../config';
import { failingChecks, type Readiness } from './readiness';

/** The HTTP listener of `/metrics`, apart from the api's port so that it is never public by accident. */
export interface MetricsServer {
  /** e.g. http://127.0.0.1:9464/metrics */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the registry in the Prometheus text format at `GET /metrics` and, when given,
 * the process's readiness at `GET /health/ready` (the relay and the projector have no
 * other HTTP port); anything else is 404.
 */
export async function serveMetrics(
  registry: Registry,
  host: string,
  port: number,
  ready?: () => Promise<Readiness>,
): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (ready && path === '/health/ready' && request.method === 'GET') {
      void answerReadiness(response, ready);
      return;
    }
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': registry.contentType });
        response.end(request.method === 'HEAD' ? undefined : text);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`metrics unavailable: ${(error as Error).message}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    const refuse = (error: NodeJS.ErrnoException) =>
      reject(
        new ConfigError([
          `METRICS_HOST:METRICS_PORT ${host}:${port} cannot be listened on (${error.code ?? error.message}); choose another METRICS_PORT, 0 for any free one, or "off"`,
        ]),
      );
    server.once('error', refuse);
    server.listen(port, host, () => {
      server.off('error', refuse);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** 200 with every check, or 503 with the problem document the api answers too. */
async function answerReadiness(
  response: ServerResponse,
  ready: () => Promise<Readiness>,
): Promise<void> {
  const { ready: ok, checks } = await ready();
  const body = ok
    ? { status: 'ok', checks }
    : {
        type: '/problems/health-not-ready',
        title: 'Service Unavailable',
        status: 503,
        code: 'HEALTH.NOT_READY',
        detail: failingChecks(checks),
        instance: '/health/ready',
        checks,
      };
  response.writeHead(ok ? 200 : 503, {
    'content-type': ok
      ? 'application/json; charset=utf-8'
      : 'application/problem+json; charset=utf-8',
    'cache-control': 'no-store',
    ...(ok ? {} : { 'retry-after': '2' }),
  });
  response.end(JSON.stringify(body));
}
