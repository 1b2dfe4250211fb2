import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod, type DynamicModule, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogLevelName } from '@pb/platform';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { ROUTE, type RequestWithRoute } from './request-observability';

/** What one request's log line says: never the path's query, a header or the body. */
function requestLine(request: IncomingMessage, response: ServerResponse, durationMs: number) {
  return {
    method: request.method,
    route: (request as RequestWithRoute)[ROUTE] ?? 'unmatched',
    status: response.statusCode,
    durationMs,
  };
}

/**
 * nestjs-pino over the api's pino logger: one JSON line per request (method, route
 * template, status, duration, correlation id), and the correlation id on every line
 * logged while a request is handled.
 */
export function requestLoggingModule(logger: Pino): DynamicModule {
  return LoggerModule.forRoot({
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      logger,
      // The request id is the correlation id (Fastify's genReqId); the line names it so.
      customAttributeKeys: { reqId: 'correlationId' },
      quietReqLogger: true,
      quietResLogger: true,
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : 'info',
      customSuccessMessage: () => 'request completed',
      customErrorMessage: () => 'request failed',
      customSuccessObject: (request, response, value: { responseTime: number }) =>
        requestLine(request, response, value.responseTime),
      customErrorObject: (request, response, _error, value: { responseTime: number }) =>
        requestLine(request, response, value.responseTime),
    },
  });
}

/** The pino level that shows what Nest's level list asks for; false (no logs) is silent. */
export function logLevelOf(levels: readonly NestLogLevel[] | false): LogLevelName {
  if (levels === false) return 'silent';
  const order: [NestLogLevel, LogLevelName][] = [
    ['verbose', 'trace'],
    ['debug', 'debug'],
    ['log', 'info'],
    ['warn', 'warn'],
    ['error', 'error'],
    ['fatal', 'fatal'],
  ];
  return order.find(([nest]) => levels.includes(nest))?.[1] ?? 'silent';
}
