import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Visible ASCII, as any header value may carry; longer ids are replaced, not cut. */
const VALID = /^[\x21-\x7e]{1,200}$/;

/**
 * The correlation id of a request: the caller's `x-correlation-id` when it is valid,
 * else a new UUID. Fastify makes it the request id, so the request's log line, the
 * answer's header and the events a command writes all carry the same one.
 */
export function correlationIdOf(request: IncomingMessage): string {
  const given = request.headers[CORRELATION_HEADER];
  return typeof given === 'string' && VALID.test(given) ? given : randomUUID();
}
