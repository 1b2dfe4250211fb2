import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CredentialStore, EventStore, UniqueClaims } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import { ReadModelStore } from '@pb/projections';
import { ApplicationModule } from '../application/application.module';
import { AssignmentRunner } from '../campaigns/assignment-runner';
import { AssignSocietyHandler } from '../campaigns/assign-society/assign-society.handler';
import { LiaisonWarnings } from '../campaigns/liaison-warnings';
import { MoveAssignmentHandler } from '../campaigns/move-assignment/move-assignment.handler';
import { ArrangementImport } from '../imports/arrangement-import';
import { ChangeMemberPositionHandler } from '../members/change-member-position/change-member-position.handler';
import { RegisterMemberHandler } from '../members/register-member/register-member.handler';
import { RegisterSocietyHandler } from '../societies/register-society/register-society.handler';
import { SocietyClaims } from '../societies/society-claims';
import { SocietyRunner } from '../societies/society-runner';

/** The runtime's adapters as the providers of the ports, for a command-line process. */
export function runtimePorts(runtime: Runtime) {
  return [
    { provide: Runtime, useValue: runtime },
    { provide: EventStore, useValue: runtime.infra.store },
    { provide: UniqueClaims, useValue: runtime.infra.claims },
    { provide: ReadModelStore, useValue: runtime.infra.views },
    { provide: CredentialStore, useValue: runtime.infra.credentials },
  ];
}

/**
 * The api's arrangement import without HTTP: the command bus with the handlers the
 * import dispatches (register a member or change its position, register a society,
 * assign or move a society) over the runtime's adapters. Nothing else of the api starts
 * in the command-line process: no routes, no guard, and no consumer of inbound topics.
 */
@Module({})
export class ImportCommandModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    const ports = runtimePorts(runtime);
    return {
      module: ImportCommandModule,
      global: true,
      imports: [CqrsModule.forRoot(), ApplicationModule],
      providers: [
        ...ports,
        RegisterMemberHandler,
        ChangeMemberPositionHandler,
        RegisterSocietyHandler,
        SocietyClaims,
        SocietyRunner,
        AssignSocietyHandler,
        MoveAssignmentHandler,
        LiaisonWarnings,
        AssignmentRunner,
        ArrangementImport,
      ],
      exports: ports.map((port) => port.provide),
    };
  }
}
