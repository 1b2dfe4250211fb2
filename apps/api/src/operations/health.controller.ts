import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Runtime, type Readiness } from '@pb/platform';
import { Public } from '../auth/allow.decorator';
import { ApiProblems } from '../http/api-problems';
import { NotReady } from './not-ready.error';

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
    schema: {
      type: 'object',
      required: ['status', 'mode'],
      properties: {
        status: { type: 'string', enum: ['ok'] },
        mode: { type: 'string', enum: ['embedded', 'distributed'] },
      },
      example: { status: 'ok', mode: 'embedded' },
    },
  })
  health() {
    return { status: 'ok', mode: this.runtime.config.mode };
  }

  @Get('ready')
  @ApiOkResponse({
    description:
      'Readiness: the event store answers and, in distributed mode, the Kafka cluster does too; in embedded mode the disk takes writes (`disk` fails while it is full)',
    schema: {
      type: 'object',
      required: ['status', 'checks'],
      properties: {
        status: { type: 'string', enum: ['ok'] },
        checks: {
          type: 'object',
          description: 'Each check by its name (store, kafka, and the process’s own)',
          additionalProperties: {
            type: 'object',
            required: ['status', 'durationMs'],
            properties: {
              status: { type: 'string', enum: ['ok', 'failing'] },
              durationMs: { type: 'number' },
              error: { type: 'string', description: 'Why the check failed' },
            },
          },
        },
      },
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
  async ready(): Promise<{ status: 'ok'; checks: Readiness['checks'] }> {
    const { ready, checks } = await this.runtime.readiness();
    if (!ready) throw new NotReady(checks);
    return { status: 'ok', checks };
  }
}
