import { Module } from '@nestjs/common';
import { LectureCommandHandler } from './lecture.command';
import { LecturesController } from './lectures.controller';

@Module({ controllers: [LecturesController], providers: [LectureCommandHandler] })
export class LecturesModule {}
