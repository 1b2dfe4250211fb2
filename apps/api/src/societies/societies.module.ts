import { Module } from '@nestjs/common';
import { DeregisterSocietyHandler } from './deregister-society/deregister-society.handler';
import { RecordPartyOrganisationHandler } from './record-party-organisation/record-party-organisation.handler';
import { RecallPartyBuildingInstructorHandler } from './recall-party-building-instructor/recall-party-building-instructor.handler';
import { RegisterSocietyHandler } from './register-society/register-society.handler';
import { RenameSocietyHandler } from './rename-society/rename-society.handler';
import { SendPartyBuildingInstructorHandler } from './send-party-building-instructor/send-party-building-instructor.handler';
import { SocietiesController } from './societies.controller';
import { SocietyClaims } from './society-claims';
import { SocietyRunner } from './society-runner';

@Module({
  controllers: [SocietiesController],
  providers: [
    SocietyClaims,
    SocietyRunner,
    RegisterSocietyHandler,
    RenameSocietyHandler,
    RecordPartyOrganisationHandler,
    DeregisterSocietyHandler,
    SendPartyBuildingInstructorHandler,
    RecallPartyBuildingInstructorHandler,
  ],
})
export class SocietiesModule {}
