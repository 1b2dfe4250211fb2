import { Module } from '@nestjs/common';
import { CorrectOrganisationalLifeHandler } from './correct-organisational-life/correct-organisational-life.handler';
import { OrganisationalLifeController } from './organisational-life.controller';
import { RecordOrganisationalLifeHandler } from './record-organisational-life/record-organisational-life.handler';
import { WithdrawOrganisationalLifeHandler } from './withdraw-organisational-life/withdraw-organisational-life.handler';

@Module({
  controllers: [OrganisationalLifeController],
  providers: [
    RecordOrganisationalLifeHandler,
    CorrectOrganisationalLifeHandler,
    WithdrawOrganisationalLifeHandler,
  ],
})
export class OrganisationalLifeModule {}
