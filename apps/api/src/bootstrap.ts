import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import {
  createLogger,
  routeKafkaLogsTo,
  DEFAULT_METRICS_PORTS,
  Runtime,
  type AppConfig,
  type Roles,
} from '@pb/platform';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module';
import { TokenService } from './auth/token.service';
import { SIGN_IN_ROUTES } from './auth/sign-in.rules';
import { UPLOAD_LIMIT_BYTES } from './imports/imports.controller';
import { ProblemFilter } from './http/problem.filter';
import { installJsonShapeCheck } from './http/json-shape';
import { installMethodCheck } from './http/method-not-allowed';
import { installDashboard } from './http/dashboard';
import { installAsyncApiDocs } from './http/asyncapi-docs';
import { openApiDocument } from './http/openapi-document';
import { answerClientError, sendProblem } from './http/problem.filter';
import { installRateLimit } from './http/rate-limit';
import { validationPipe } from './http/validation';
import { correlationIdOf } from './operations/correlation';
import { FrameworkChatterAsDebug } from './operations/framework-chatter';
import { logLevelOf } from './operations/request-logging';
import { installRequestObservability } from './operations/request-observability';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface Api {
  readonly app: NestFastifyApplication;
  readonly runtime: Runtime;
  /** The base URL the api listens on. */
  readonly url: string;
  /** Where Prometheus scrapes this process (its own port), or null when METRICS_PORT is off. */
  readonly metricsUrl: string | null;
}

/**
 * Builds and starts the api. In embedded mode the same process runs the relay and the
 * projector (on a worker thread); in distributed mode they run as their own apps.
 */
export async function startApi(
  config: AppConfig,
  /** `logger` (Nest's levels, or false for none) overrides LOG_LEVEL; the tests keep quiet with it. */
  options: { logger?: LogLevel[] | false } = {},
): Promise<Api> {
  const logger = createLogger(
    'api',
    options.logger === undefined ? config.observability.logLevel : logLevelOf(options.logger),
  );
  routeKafkaLogsTo(logger);
  const runtime = await Runtime.open(config);
  try {
    const httpLogger = new Logger('HTTP');
    const adapter = new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      genReqId: correlationIdOf,
      // Errors Fastify raises before routing (a malformed URL, an over-long parameter) get the same problem body.
      frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
        sendProblem(reply, request, error, httpLogger),
      clientErrorHandler: answerClientError,
    });
    const { tokens, secretCreated } = await TokenService.fromConfig(config);
    if (secretCreated)
      logger.info(
        { context: 'Auth' },
        `created a token secret in ${config.dataDir}/jwt-secret (keep it private); mint a token with: npm run cli -- token --role admin --sub <who>`,
      );
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(runtime, tokens, logger),
      adapter,
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(new FrameworkChatterAsDebug(app.get(PinoLogger)));
    const fastify = app.getHttpAdapter().getInstance();
    installRequestObservability(fastify, runtime.metrics);
    await installRateLimit(fastify, config.http.rateLimitPerMinute, {
      perMinute: config.sessions.signInPerMinute,
      routes: SIGN_IN_ROUTES,
    });
    installJsonShapeCheck(fastify);
    installMethodCheck(fastify, httpLogger);
    await app.register(multipart as never, {
      limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 5 },
      throwFileSizeLimit: true,
    });
    await installDashboard(app);
    app.useGlobalPipes(validationPipe());
    app.useGlobalFilters(new ProblemFilter());
    // Built at its first request, not at boot: scanning every route costs a restarted
    // api a noticeable part of its start.
    SwaggerModule.setup('docs', app, () => openApiDocument(app), {
      jsonDocumentUrl: 'docs/openapi.json',
    });
    installAsyncApiDocs(fastify, config);
    app.enableShutdownHooks();
    const embedded = config.mode === 'embedded';
    const roles: Roles = { relay: embedded, projector: embedded };
    const metricsUrl = await runtime.serveMetrics(DEFAULT_METRICS_PORTS.api);
    await runtime.start(roles);
    await app.listen(config.http.port, config.http.host);
    const address = fastify.server.address();
    const port = typeof address === 'object' && address ? address.port : config.http.port;
    return { app, runtime, url: `http://${config.http.host}:${port}`, metricsUrl };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
