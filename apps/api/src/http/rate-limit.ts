import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * A fixed-window limit per caller: the bearer token (hashed, never kept in clear) or,
 * without one, the client address. Per process: N api instances admit N times the
 * limit, which is what a per-instance guard against a runaway client needs.
 */
export function installRateLimit(
  fastify: FastifyInstance,
  perMinute: number,
  now: () => number = Date.now,
): void {
  if (perMinute <= 0) return;
  const windows = new Map<string, { start: number; count: number }>();
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const auth = request.headers.authorization;
    const key =
      typeof auth === 'string'
        ? createHash('sha256').update(auth).digest('base64url')
        : `ip:${request.ip}`;
    const time = now();
    const window = windows.get(key);
    if (!window || time - window.start >= 60_000) {
      if (windows.size > 100_000) windows.clear();
      windows.set(key, { start: time, count: 1 });
      return;
    }
    window.count++;
    if (window.count <= perMinute) return;
    const retryAfter = Math.ceil((window.start + 60_000 - time) / 1000);
    await reply
      .status(429)
      .header('Retry-After', String(retryAfter))
      .header('Content-Type', 'application/problem+json; charset=utf-8')
      .send({
        type: '/problems/request-too-many',
        title: 'Too Many Requests',
        status: 429,
        code: 'REQUEST.TOO_MANY',
        detail: `more than ${perMinute} requests a minute from this caller; try again in ${retryAfter} s`,
        instance: request.url.split('?')[0],
      });
  });
}
