import type { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { MethodNotAllowed } from './edge.errors';
import { sendProblem } from './problem.filter';

interface ServedPath {
  readonly pattern: RegExp;
  readonly methods: Set<string>;
}

/** A route's URL as a regex of the paths it serves: `:name` one segment, `*` the rest. */
function patternOf(url: string): RegExp {
  const escaped = url
    .split('/')
    .map((segment) =>
      segment.startsWith(':')
        ? '[^/]+'
        : segment === '*'
          ? '.*'
          : segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'),
    )
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * Answers a request whose path the app serves, but with another method, with 405 and
 * the methods it serves in Allow (RFC 9110), instead of 404: the routes are collected as
 * Fastify registers them, so every route added later is covered. Must be installed
 * before the app registers its routes.
 */
export function installMethodCheck(fastify: FastifyInstance, logger: Logger): void {
  const served = new Map<string, ServedPath>();
  fastify.addHook('onRoute', (route) => {
    const path = served.get(route.url) ?? { pattern: patternOf(route.url), methods: new Set() };
    for (const method of [route.method].flat()) path.methods.add(method);
    served.set(route.url, path);
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    const path = request.url.split('?')[0] ?? '';
    const allowed = new Set<string>();
    for (const { pattern, methods } of served.values())
      if (pattern.test(path)) for (const method of methods) allowed.add(method);
    if (allowed.size === 0) return;
    sendProblem(reply, request, new MethodNotAllowed(request.method, [...allowed].sort()), logger);
    return reply;
  });
}
