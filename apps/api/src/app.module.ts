import {
  Controller,
  Get,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventStore, UniqueClaims } from '@pb/event-store';
import { EventTransport } from '@pb/messaging';
import { Runtime } from '@pb/platform';
import { ReadModelStore } from '@pb/projections';
import { AuditModule } from './audit/audit.module';
import { Access } from './auth/access';
import { Public } from './auth/allow.decorator';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { ApplicationModule } from './application/application.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ImportsModule } from './imports/imports.module';
import { LecturesModule } from './lectures/lectures.module';
import { MembersModule } from './members/members.module';
import { ReportsModule } from './reports/reports.module';
import { ServiceTasksModule } from './service-tasks/service-tasks.module';
import { StatusModule } from './status/status.module';
import { SocietiesModule } from './societies/societies.module';

@ApiTags('operations')
@Public()
@Controller('health')
class HealthController {
  constructor(private readonly runtime: Runtime) {}

  @Get()
  @ApiOkResponse({
    description: 'The process is up',
    schema: { example: { status: 'ok', mode: 'embedded' } },
  })
  health() {
    return { status: 'ok', mode: this.runtime.config.mode };
  }
}

/** Closes the adapters when the application stops. */
class RuntimeCloser implements OnApplicationShutdown {
  constructor(private readonly runtime: Runtime) {}
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
  }
}

@Module({})
export class AppModule {
  static forRoot(runtime: Runtime, tokens: TokenService): DynamicModule {
    const ports = [
      { provide: Runtime, useValue: runtime },
      { provide: EventStore, useValue: runtime.infra.store },
      { provide: UniqueClaims, useValue: runtime.infra.claims },
      { provide: ReadModelStore, useValue: runtime.infra.views },
      { provide: EventTransport, useValue: runtime.infra.transport },
      { provide: TokenService, useValue: tokens },
    ];
    return {
      module: AppModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        ApplicationModule,
        SocietiesModule,
        MembersModule,
        CampaignsModule,
        LecturesModule,
        ServiceTasksModule,
        ImportsModule,
        StatusModule,
        AuditModule,
        ReportsModule,
      ],
      controllers: [HealthController],
      providers: [
        ...ports,
        Access,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: RuntimeCloser, useFactory: () => new RuntimeCloser(runtime) },
      ],
      exports: [...ports.map((p) => p.provide), Access],
    };
  }
}
