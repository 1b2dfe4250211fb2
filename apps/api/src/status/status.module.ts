import { Module } from '@nestjs/common';
import { VitalityModule } from '../vitality/vitality.module';
import { StatusController } from './status.controller';

@Module({ imports: [VitalityModule], controllers: [StatusController] })
export class StatusModule {}
