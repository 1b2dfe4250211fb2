import { Module } from '@nestjs/common';
import { FileReaders } from './file-readers';
import { FilesController } from './files.controller';

/** Evidence files: upload and download. EvidenceFiles, used by the records, is global. */
@Module({ controllers: [FilesController], providers: [FileReaders] })
export class FilesModule {}
