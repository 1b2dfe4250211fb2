import { createHash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import canonicalize from 'canonicalize';
import type { FastifyRequest } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { RequestInvalid } from './request-invalid';

const KEY = /^[\x21-\x7e]{1,200}$/;
const VERSION = /^(?:W\/)?"?([0-9]{1,15})"?$/;

/** The headers every command reads, as the OpenAPI document shows them. */
export const COMMAND_HEADERS = [
  {
    name: 'Idempotency-Key',
    required: false,
    description:
      'Retries with the same key write nothing and repeat the answer; the key sent again with another body, route or method is refused (422 IDEMPOTENCY.KEY_REUSED)',
    schema: { type: 'string', pattern: KEY.source },
  },
  {
    name: 'If-Match',
    required: false,
    description: 'The version the client saw (`"3"`, `W/"3"` or `3`); 412 if it moved on',
    schema: { type: 'string', pattern: VERSION.source },
  },
] as const;

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

/** If-Match carries a stream version: `"3"`, `W/"3"` or `3`. */
export function parseIfMatch(raw: string | null): number | null {
  if (raw === null) return null;
  const match = VERSION.exec(raw.trim());
  if (!match)
    throw new RequestInvalid([
      { field: 'If-Match', rule: 'version', message: 'If-Match must be a version such as "3"' },
    ]);
  return Number(match[1]);
}

/**
 * The request as a retry must repeat it: method, route, path parameters and body (RFC 8785
 * canonical JSON, so that key order and spacing do not count), hashed.
 */
export function requestHashOf(request: FastifyRequest): string {
  const canonical = canonicalize({
    method: request.method,
    route: request.routeOptions.url ?? request.url,
    params: request.params ?? {},
    // An upload (multipart) has no JSON body: its route and parameters stand for it.
    body: request.body ?? null,
  });
  return createHash('sha256')
    .update(canonical ?? '')
    .digest('hex');
}

/** Reads who sends the command and how: actor, correlation id, Idempotency-Key, If-Match. */
export function commandContextOf(request: FastifyRequest): CommandContext {
  const key = header(request, 'idempotency-key');
  if (key !== null && !KEY.test(key))
    throw new RequestInvalid([
      {
        field: 'Idempotency-Key',
        rule: 'idempotencyKey',
        message: 'Idempotency-Key must be 1 to 200 visible ASCII characters',
      },
    ]);
  return {
    actor: (request as FastifyRequest & { actor?: string }).actor ?? 'anonymous',
    // The request id is the correlation id (x-correlation-id, or a new one): see operations/correlation.ts.
    correlationId: request.id,
    idempotencyKey: key,
    expectedVersion: parseIfMatch(header(request, 'if-match')),
    ...(key !== null && { requestHash: requestHashOf(request) }),
  };
}

/** Injects the CommandContext of the current request into a controller method. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) =>
  commandContextOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
