import type { LoggerService } from '@nestjs/common';
import { routeKafkaLogs } from '@pb/messaging';
import pino, { type Logger as Pino } from 'pino';
import type { LogLevelName } from './observability-settings';

/**
 * Fields never written in clear, wherever they appear in a logged object: credentials,
 * and what identifies a person. Request bodies are never logged at all; this is the
 * second line of defence.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'token',
  'password',
  'secret',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-csrf-token"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'csrfToken',
  '*.csrfToken',
  'sessionId',
  '*.sessionId',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.password',
  '*.secret',
  '*.name',
  '*.phone',
  '*.idNumber',
  // Who hosted a meeting of organisational life, and the party-building instructor sent in.
  'host',
  '*.host',
  'instructorName',
  '*.instructorName',
  '*.body',
  'body',
];

/** A JSON logger to stdout, one object a line, with credentials and personal data redacted. */
export function createLogger(app: string, level: LogLevelName): Pino {
  return pino(
    {
      level,
      base: { app, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    // Synchronous: the last lines before a crash or process.exit are not lost.
    pino.destination({ dest: 1, sync: true }),
  );
}

/** Kafka's own log lines through the process's logger, in the same shape as every other line. */
export function routeKafkaLogsTo(logger: Pino): void {
  const kafka = logger.child({ context: 'Kafka' });
  routeKafkaLogs((level, message, fields) => kafka[level](fields, message));
}

/** Nest's Logger (used by the runtime and the workers) writing through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last, and for errors a stack before it. */
  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    params: unknown[],
  ) {
    const rest = [...params];
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) this.logger[level]({ context, err: message }, message.message);
    else if (typeof message === 'string') this.logger[level]({ context, stack }, message);
    else this.logger[level]({ context, stack, data: message });
  }
}
