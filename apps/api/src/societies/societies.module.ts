import { Module } from '@nestjs/common';
import { CommandRunner } from '../application/command-runner';
import { ChangeSocietyHandler } from './change-society/change-society.handler';
import { GetSocietyHandler } from './get-society/get-society.handler';
import { RegisterSocietyHandler } from './register-society/register-society.handler';
import { SocietiesController } from './societies.controller';
import { SocietyClaims } from './society-claims';

@Module({
  controllers: [SocietiesController],
  providers: [CommandRunner, SocietyClaims, RegisterSocietyHandler, ChangeSocietyHandler, GetSocietyHandler],
})
export class SocietiesModule {}
