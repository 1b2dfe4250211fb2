import { Module } from '@nestjs/common';
import { CancelLectureHandler } from './cancel-lecture/cancel-lecture.handler';
import { ConfirmLectureHandler } from './confirm-lecture/confirm-lecture.handler';
import { LecturesController } from './lectures.controller';
import { RecordLectureDeliveryHandler } from './record-lecture-delivery/record-lecture-delivery.handler';
import { RescheduleLectureHandler } from './reschedule-lecture/reschedule-lecture.handler';
import { ReturnLectureHandler } from './return-lecture/return-lecture.handler';
import { ReviseLectureDeliveryHandler } from './revise-lecture-delivery/revise-lecture-delivery.handler';
import { ScheduleLectureHandler } from './schedule-lecture/schedule-lecture.handler';

@Module({
  controllers: [LecturesController],
  providers: [
    ScheduleLectureHandler,
    RescheduleLectureHandler,
    CancelLectureHandler,
    RecordLectureDeliveryHandler,
    ReturnLectureHandler,
    ReviseLectureDeliveryHandler,
    ConfirmLectureHandler,
  ],
})
export class LecturesModule {}
