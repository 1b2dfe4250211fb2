import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TooManyRequests } from './edge.errors';

/** How many callers' windows a process keeps; the least recently seen are forgotten first. */
const CALLERS_KEPT = 100_000;

/**
 * A fixed window of a minute per caller: the bearer token (hashed, never kept in clear)
 * or, without one, the client address. Per process: N api instances admit N times the
 * limit, which is what a per-instance guard against a runaway client needs. A refusal
 * is a TooManyRequests, which the problem filter answers.
 */
export async function installRateLimit(
  fastify: FastifyInstance,
  perMinute: number,
  signIn: { perMinute: number; routes: readonly string[] } = { perMinute: 0, routes: [] },
): Promise<void> {
  if (perMinute <= 0 && signIn.perMinute <= 0) return;
  await fastify.register(rateLimit, {
    // Applied below as one hook for every request, unknown routes included, rather than per route.
    global: false,
    max: perMinute,
    timeWindow: 60_000,
    cache: CALLERS_KEPT,
    keyGenerator: callerKey,
    // The filter writes Retry-After; the answers carry no other rate headers.
    addHeaders: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
      'retry-after': false,
    },
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    errorResponseBuilder: (_request, context) =>
      new TooManyRequests(context.max, Math.ceil(context.ttl / 1000)),
  });
  if (perMinute > 0) fastify.addHook('onRequest', fastify.rateLimit());
  if (signIn.perMinute > 0) installSignInLimit(fastify, signIn.perMinute, signIn.routes);
}

/**
 * A tighter window per client address on the public routes that check a password or a
 * link (`POST <route>`), against guessing; it counts apart from the caller's own window.
 */
function installSignInLimit(
  fastify: FastifyInstance,
  perMinute: number,
  routes: readonly string[],
): void {
  const limit = fastify.createRateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `sign-in:${request.ip}`,
  });
  fastify.addHook('onRequest', async (request) => {
    if (request.method !== 'POST' || !routes.includes(request.url.split('?')[0]!)) return;
    const outcome = await limit(request);
    if (!outcome.isAllowed && outcome.isExceeded)
      throw new TooManyRequests(outcome.max, outcome.ttlInSeconds);
  });
}

function callerKey(request: FastifyRequest): string {
  const auth = request.headers.authorization;
  return typeof auth === 'string'
    ? createHash('sha256').update(auth).digest('base64url')
    : `ip:${request.ip}`;
}
