import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CredentialStore, EventStore, UniqueClaims } from '@pb/event-store';
import { EventTransport } from '@pb/messaging';
import { Runtime } from '@pb/platform';
import { ReadModelStore } from '@pb/projections';
import { FileStore } from '@pb/storage';
import type { Logger as Pino } from 'pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { Access } from './auth/access';
import { AuthGuard } from './auth/auth.guard';
import { Passwords } from './auth/passwords';
import { Sessions } from './auth/sessions';
import { TokenService } from './auth/token.service';
import { ApplicationModule } from './application/application.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CoverageReportsModule } from './coverage-reports/coverage-reports.module';
import { EvidenceFiles } from './files/evidence-files';
import { FilesModule } from './files/files.module';
import { ImportsModule } from './imports/imports.module';
import { InboundModule } from './inbound/inbound.module';
import { InspectionReportsModule } from './inspection-reports/inspection-reports.module';
import { InspectionsModule } from './inspections/inspections.module';
import { LecturesModule } from './lectures/lectures.module';
import { LifeRequirementsModule } from './life-requirements/life-requirements.module';
import { LifeReportsModule } from './life-reports/life-reports.module';
import { MembersModule } from './members/members.module';
import { OperationsModule } from './operations/operations.module';
import { OrganisationalLifeReadsModule } from './organisational-life/organisational-life-reads.module';
import { OrganisationalLifeModule } from './organisational-life/organisational-life.module';
import { ReportsModule } from './reports/reports.module';
import { ServiceTasksModule } from './service-tasks/service-tasks.module';
import { StatusModule } from './status/status.module';
import { StarRatingRoundsModule } from './star-rating-rounds/star-rating-rounds.module';
import { StarRatingReportsModule } from './star-rating-reports/star-rating-reports.module';
import { StarRatingsModule } from './star-ratings/star-ratings.module';
import { SocietiesModule } from './societies/societies.module';
import { VitalityWeightsModule } from './vitality-weights/vitality-weights.module';
import { VitalityModule } from './vitality/vitality.module';

/** Closes the adapters when the application stops. */
class RuntimeCloser implements OnApplicationShutdown {
  constructor(private readonly runtime: Runtime) {}
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
  }
}

@Module({})
export class AppModule {
  /** `logger` is the HTTP api's: with it come the health routes and the request log. */
  static forRoot(runtime: Runtime, tokens: TokenService, logger?: Pino): DynamicModule {
    const ports = [
      { provide: Runtime, useValue: runtime },
      { provide: EventStore, useValue: runtime.infra.store },
      { provide: UniqueClaims, useValue: runtime.infra.claims },
      { provide: ReadModelStore, useValue: runtime.infra.views },
      { provide: EventTransport, useValue: runtime.infra.transport },
      { provide: CredentialStore, useValue: runtime.infra.credentials },
      { provide: FileStore, useValue: runtime.infra.files },
      { provide: TokenService, useValue: tokens },
    ];
    return {
      module: AppModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        ...(logger ? [OperationsModule.forRoot(logger)] : []),
        ApplicationModule,
        SocietiesModule,
        MembersModule,
        CampaignsModule,
        LecturesModule,
        ServiceTasksModule,
        StarRatingRoundsModule,
        StarRatingsModule,
        ImportsModule,
        StatusModule,
        AuditModule,
        ReportsModule,
        InboundModule,
        InspectionsModule,
        StarRatingReportsModule,
        OrganisationalLifeReadsModule,
        InspectionReportsModule,
        OrganisationalLifeModule,
        LifeRequirementsModule,
        VitalityWeightsModule,
        LifeReportsModule,
        CoverageReportsModule,
        VitalityModule,
        AccountsModule,
        FilesModule,
      ],
      providers: [
        ...ports,
        Access,
        Passwords,
        Sessions,
        EvidenceFiles,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: RuntimeCloser, useFactory: () => new RuntimeCloser(runtime) },
      ],
      exports: [...ports.map((p) => p.provide), Access, Passwords, Sessions, EvidenceFiles],
    };
  }
}
