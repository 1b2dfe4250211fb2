import { Module } from '@nestjs/common';
import { ChangeSocietyHandler } from './change-society/change-society.handler';
import { RegisterSocietyHandler } from './register-society/register-society.handler';
import { SocietiesController } from './societies.controller';
import { SocietyClaims } from './society-claims';

@Module({
  controllers: [SocietiesController],
  providers: [SocietyClaims, RegisterSocietyHandler, ChangeSocietyHandler],
})
export class SocietiesModule {}
