import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { checkReadiness, Runtime } from '@pb/platform';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/allow.decorator';
import { ApiProblems } from '../http/api-problems';

/** Open to load balancers and orchestrators: no token. */
@ApiTags('operations')
@ApiProblems({ 429: true })
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly runtime: Runtime) {}

  @Get()
  @ApiOkResponse({
    description: 'Liveness: the process is up and answers',
    schema: { example: { status: 'ok', mode: 'embedded' } },
  })
  health() {
    return { status: 'ok', mode: this.runtime.config.mode };
  }

  @Get('ready')
  @ApiOkResponse({
    description:
      'Readiness: the event store answers and, in distributed mode, the Kafka cluster does too',
    schema: {
      example: {
        status: 'ok',
        checks: {
          store: { status: 'ok', durationMs: 1.2 },
          kafka: { status: 'ok', durationMs: 4.8 },
        },
      },
    },
  })
  @ApiServiceUnavailableResponse({
    description: 'A check failed: a problem document naming it, with every check',
    content: {
      'application/problem+json': {
        example: {
          type: '/problems/health-not-ready',
          title: 'Service Unavailable',
          status: 503,
          code: 'HEALTH.NOT_READY',
          detail: 'kafka: Kafka did not answer within 2500 ms',
          checks: {
            store: { status: 'ok', durationMs: 1.2 },
            kafka: {
              status: 'failing',
              durationMs: 2501.3,
              error: 'Kafka did not answer within 2500 ms',
            },
          },
        },
      },
    },
  })
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const { ready, checks } = await checkReadiness(
      this.runtime.infra.store,
      this.runtime.kafkaProbe,
    );
    if (ready) {
      await reply.status(200).send({ status: 'ok', checks });
      return;
    }
    const failing = Object.entries(checks).filter(([, check]) => check.status !== 'ok');
    await reply
      .status(503)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('retry-after', '2')
      .send({
        type: '/problems/health-not-ready',
        title: 'Service Unavailable',
        status: 503,
        code: 'HEALTH.NOT_READY',
        detail: failing.map(([name, check]) => `${name}: ${check.error}`).join('; '),
        instance: '/health/ready',
        checks,
      });
  }
}
