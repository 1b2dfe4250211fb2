import { Module } from '@nestjs/common';
import { ArrangementImport } from './arrangement-import';
import { ImportsController } from './imports.controller';

@Module({ controllers: [ImportsController], providers: [ArrangementImport] })
export class ImportsModule {}
