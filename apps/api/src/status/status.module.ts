import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { SocietyLights } from './society-lights';
import { StatusController } from './status.controller';

@Module({ imports: [ReportsModule], controllers: [StatusController], providers: [SocietyLights] })
export class StatusModule {}
