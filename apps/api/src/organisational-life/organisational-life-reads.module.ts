import { Module } from '@nestjs/common';
import { OrganisationalLifeReadsController } from './organisational-life-reads.controller';
import { OrganisationalLifeReads } from './organisational-life.reads';

/** The reads of organisational life and of the yearly tables its figures are measured by. */
@Module({
  controllers: [OrganisationalLifeReadsController],
  providers: [OrganisationalLifeReads],
  exports: [OrganisationalLifeReads],
})
export class OrganisationalLifeReadsModule {}
