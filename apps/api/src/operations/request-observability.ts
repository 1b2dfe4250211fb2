import type { Metrics } from '@pb/platform';
import type { FastifyInstance } from 'fastify';
import { CORRELATION_HEADER } from './correlation';

/** Where a request's route template is kept on the raw request, for its log line. */
export const ROUTE = Symbol('pb.route');

export type RequestWithRoute = { [ROUTE]?: string };

/** The route template of a request (`/societies/:id`), never its path: paths carry ids and queries. */
export function routeOf(url: string | undefined): string {
  return url ?? 'unmatched';
}

/**
 * Echoes the correlation id in every answer and times every request by route and
 * status. Installed before the other request hooks, so that a refused request (429,
 * 413) is answered with the header and counted too.
 */
export function installRequestObservability(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onRequest', async (request, reply) => {
    (request.raw as RequestWithRoute)[ROUTE] = routeOf(request.routeOptions.url);
    void reply.header(CORRELATION_HEADER, request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpAnswered(
      request.method,
      routeOf(request.routeOptions.url),
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
}
