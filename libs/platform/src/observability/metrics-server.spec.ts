import { Registry } from 'prom-client';
import { serveMetrics } from './metrics-server';
import type { Readiness } from './readiness';

const STALLED: Readiness = {
  ready: false,
  checks: {
    store: { status: 'ok', durationMs: 1.2 },
    relay: { status: 'failing', durationMs: 3.4, error: 'stalled: 12 commits wait' },
  },
};

describe('the metrics port of a worker process', () => {
  it('answers readiness: 503 naming the failing check, 200 once every check passes', async () => {
    let readiness = STALLED;
    const server = await serveMetrics(new Registry(), '127.0.0.1', 0, async () => readiness);
    try {
      const url = server.url.replace('/metrics', '/health/ready');
      const failing = await fetch(url);
      expect(failing.status).toBe(503);
      expect(failing.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(failing.headers.get('cache-control')).toBe('no-store');
      expect(await failing.json()).toEqual({
        type: '/problems/health-not-ready',
        title: 'Service Unavailable',
        status: 503,
        code: 'HEALTH.NOT_READY',
        detail: 'relay: stalled: 12 commits wait',
        instance: '/health/ready',
        checks: STALLED.checks,
      });

      readiness = { ready: true, checks: { store: { status: 'ok', durationMs: 1 } } };
      const passing = await fetch(url);
      expect(passing.status).toBe(200);
      expect(await passing.json()).toEqual({ status: 'ok', checks: readiness.checks });
      expect((await fetch(server.url)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('has no readiness route when the process gives none', async () => {
    const server = await serveMetrics(new Registry(), '127.0.0.1', 0);
    try {
      expect((await fetch(server.url.replace('/metrics', '/health/ready'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
