import { Logger } from '@nestjs/common';
import Fastify from 'fastify';
import { sendProblem } from '../http/problem.filter';
import { NotReady } from './not-ready.error';

describe('the answer of a failed readiness check', () => {
  it('is a 503 problem naming the failing checks, listing every check, never cached', async () => {
    const checks = {
      store: { status: 'ok', durationMs: 1.2 },
      kafka: { status: 'failing', durationMs: 2501.3, error: 'no answer within 2500 ms' },
    } as const;
    const fastify = Fastify();
    fastify.get('/health/ready', (request, reply) =>
      sendProblem(reply, request, new NotReady(checks), new Logger('test')),
    );
    try {
      const answer = await fastify.inject({ method: 'GET', url: '/health/ready' });
      expect(answer.statusCode).toBe(503);
      expect(answer.headers).toMatchObject({
        'content-type': 'application/problem+json; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': '2',
      });
      expect(answer.json()).toEqual({
        type: '/problems/health-not-ready',
        title: 'Service Unavailable',
        status: 503,
        code: 'HEALTH.NOT_READY',
        detail: 'kafka: no answer within 2500 ms',
        instance: '/health/ready',
        checks,
      });
    } finally {
      await fastify.close();
    }
  });
});
