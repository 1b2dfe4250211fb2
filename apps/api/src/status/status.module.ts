import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { VitalityModule } from '../vitality/vitality.module';
import { SocietyLights } from './society-lights';
import { StatusController } from './status.controller';

@Module({
  imports: [ReportsModule, VitalityModule],
  controllers: [StatusController],
  providers: [SocietyLights],
})
export class StatusModule {}
