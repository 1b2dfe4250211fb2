import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger as Pino } from 'pino';
import { HealthController } from './health.controller';
import { requestLoggingModule } from './request-logging';

/** Health and readiness, and the JSON request log. */
@Module({})
export class OperationsModule {
  static forRoot(logger: Pino): DynamicModule {
    return {
      module: OperationsModule,
      imports: [requestLoggingModule(logger)],
      controllers: [HealthController],
    };
  }
}
