import lectureScheduledV1 from '../events/lecture-scheduled.v1.schema.json';
import lectureScheduledV2 from '../events/lecture-scheduled.v2.schema.json';
import lectureRescheduledV1 from '../events/lecture-rescheduled.v1.schema.json';
import lectureRescheduledV2 from '../events/lecture-rescheduled.v2.schema.json';
import lectureCancelledV1 from '../events/lecture-cancelled.v1.schema.json';
import lectureDeliveredV1 from '../events/lecture-delivered.v1.schema.json';
import lectureDeliveredV2 from '../events/lecture-delivered.v2.schema.json';
import lectureReturnedV1 from '../events/lecture-returned.v1.schema.json';
import lectureDeliveryRevisedV1 from '../events/lecture-delivery-revised.v1.schema.json';
import lectureDeliveryRevisedV2 from '../events/lecture-delivery-revised.v2.schema.json';
import lectureConfirmedV1 from '../events/lecture-confirmed.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** Lectures (宣讲). */
export const LECTURE_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('LectureScheduled', 1, lectureScheduledV1),
  eventDataSchema('LectureScheduled', 2, lectureScheduledV2),
  eventDataSchema('LectureRescheduled', 1, lectureRescheduledV1),
  eventDataSchema('LectureRescheduled', 2, lectureRescheduledV2),
  eventDataSchema('LectureCancelled', 1, lectureCancelledV1),
  eventDataSchema('LectureDelivered', 1, lectureDeliveredV1),
  eventDataSchema('LectureDelivered', 2, lectureDeliveredV2),
  eventDataSchema('LectureReturned', 1, lectureReturnedV1),
  eventDataSchema('LectureDeliveryRevised', 1, lectureDeliveryRevisedV1),
  eventDataSchema('LectureDeliveryRevised', 2, lectureDeliveryRevisedV2),
  eventDataSchema('LectureConfirmed', 1, lectureConfirmedV1),
];
