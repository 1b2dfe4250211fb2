import { Module } from '@nestjs/common';
import { InspectionsModule } from '../inspections/inspections.module';
import { FileReaders } from './file-readers';
import { FilesController } from './files.controller';

/** Evidence files: upload and download. EvidenceFiles, used by the records, is global. */
@Module({ imports: [InspectionsModule], controllers: [FilesController], providers: [FileReaders] })
export class FilesModule {}
