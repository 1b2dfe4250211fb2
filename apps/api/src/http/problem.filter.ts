import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '@pb/domain';
import { InvalidCursor } from '@pb/projections';
import {
  isConnectionLost,
  isSqliteUnavailable,
  StoreUnavailable,
  unavailableIfSqliteFailed,
} from '@pb/storage';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EdgeError, type EdgeErrorKind } from './edge.errors';
import { RequestInvalid, type FieldProblem } from './request-invalid';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  precondition: 412,
  rule: 422,
  'too-large': 413,
  'unsupported-media': 415,
  unavailable: 503,
  unauthenticated: 401,
  forbidden: 403,
};

const EDGE_STATUS: Record<EdgeErrorKind, number> = {
  'too-many': 429,
  'not-ready': 503,
  'method-not-allowed': 405,
  locked: 423,
  gone: 410,
};

/** Headers an edge refusal carries besides Retry-After. */
const EDGE_HEADERS: Record<EdgeErrorKind, Readonly<Record<string, string>>> = {
  'too-many': {},
  // A probe or a proxy must never answer from a cached "not ready".
  'not-ready': { 'Cache-Control': 'no-store' },
  'method-not-allowed': {},
  locked: {},
  gone: {},
};

/** Seconds a client waits before retrying a 503 that names no time of its own. */
const UNAVAILABLE_RETRY_AFTER_S = 2;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An RFC 9457 problem body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  field?: string;
  errors?: readonly FieldProblem[];
}

/** Turns any error into a problem answer: the one place where errors meet HTTP. */
export function toProblem(error: unknown): Problem {
  if (error instanceof RequestInvalid) {
    const first = error.problems[0];
    return problem(400, 'REQUEST.INVALID', error.message, {
      field: first?.field,
      errors: error.problems,
    });
  }
  if (error instanceof DomainError) {
    const status = STATUS[error.kind];
    const errors = error.field
      ? [{ field: error.field, rule: error.code, message: error.message }]
      : undefined;
    return problem(status, error.code, error.message, { field: error.field, errors });
  }
  if (error instanceof EdgeError)
    return problem(EDGE_STATUS[error.kind], error.code, error.message);
  if (error instanceof InvalidCursor)
    return problem(400, 'REQUEST.CURSOR_INVALID', error.message, {
      field: 'cursor',
      errors: [{ field: 'cursor', rule: 'cursor', message: error.message }],
    });
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 400)
      return problem(400, 'REQUEST.MALFORMED', error.message, {
        field: 'body',
        errors: [{ field: 'body', rule: 'json', message: error.message }],
      });
    if (status === 413) return problem(413, 'REQUEST.TOO_LARGE', error.message);
    if (status === 404) return problem(404, 'ROUTE.NOT_FOUND', error.message);
    return problem(status, `HTTP.${status}`, error.message);
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    const status = fastifyError.statusCode;
    const codes: Record<number, string> = {
      413: 'REQUEST.TOO_LARGE',
      414: 'REQUEST.URI_TOO_LONG',
      415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    };
    const field = fastifyError.code === 'FST_ERR_BAD_URL' || status === 414 ? 'path' : 'body';
    return problem(
      status,
      codes[status] ?? 'REQUEST.MALFORMED',
      fastifyError.message ?? 'the request could not be read',
      status === 400 || status === 414
        ? {
            field,
            errors: [
              {
                field,
                rule: fastifyError.code ?? 'malformed',
                message: fastifyError.message ?? 'the request could not be read',
              },
            ],
          }
        : {},
    );
  }
  // A store call outside the adapters' guard (a cursor, say) still loses its connection as a 503.
  if (isConnectionLost(error)) return toProblem(new StoreUnavailable('the store', error));
  // Likewise a SQLite file that is full or cannot be written: a 503 with its own code.
  if (isSqliteUnavailable(error)) return toProblem(unavailableIfSqliteFailed(error, 'the store'));
  return problem(500, 'INTERNAL', 'an unexpected error occurred; it has been logged');
}

function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  const body: Problem = {
    type: `/problems/${code.toLowerCase().replace(/[._]/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
  };
  if (extra.field) body.field = extra.field;
  if (extra.errors) body.errors = extra.errors;
  return body;
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  error: unknown,
  logger: Logger,
): void {
  const edge = error instanceof EdgeError ? error : null;
  const body = {
    ...toProblem(error),
    instance: request.url.split('?')[0],
    ...edge?.extensions,
  };
  if (body.status >= 500 && body.status !== 503)
    logger.error((error as Error)?.stack ?? String(error));
  const retryAfter =
    edge?.retryAfterSeconds ?? (body.status === 503 ? UNAVAILABLE_RETRY_AFTER_S : undefined);
  if (retryAfter !== undefined) reply.header('Retry-After', String(retryAfter));
  if (edge) reply.headers({ ...EDGE_HEADERS[edge.kind], ...edge.headers });
  void reply
    .status(body.status)
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .send(body);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(
      http.getResponse<FastifyReply>(),
      http.getRequest<FastifyRequest>(),
      error,
      this.logger,
    );
  }
}

/** Node rejects some requests before Fastify sees them (headers too large, garbage): answer those as problems too. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const problemBody = tooLarge
    ? problem(431, 'REQUEST.HEADERS_TOO_LARGE', 'the request line or headers are too large', {
        field: 'headers',
      })
    : problem(400, 'REQUEST.MALFORMED', 'the request could not be read', { field: 'request' });
  const body = JSON.stringify(problemBody);
  socket.end(
    `HTTP/1.1 ${problemBody.status} ${problemBody.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
