import { Module } from '@nestjs/common';
import { SetVitalityWeightsHandler } from './set-vitality-weights/set-vitality-weights.handler';
import { VitalityWeightsController } from './vitality-weights.controller';

@Module({
  controllers: [VitalityWeightsController],
  providers: [SetVitalityWeightsHandler],
})
export class VitalityWeightsModule {}
