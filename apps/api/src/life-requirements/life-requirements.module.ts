import { Module } from '@nestjs/common';
import { LifeRequirementsController } from './life-requirements.controller';
import { SetLifeRequirementsHandler } from './set-life-requirements/set-life-requirements.handler';

@Module({
  controllers: [LifeRequirementsController],
  providers: [SetLifeRequirementsHandler],
})
export class LifeRequirementsModule {}
