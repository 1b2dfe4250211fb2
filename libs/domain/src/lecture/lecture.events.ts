import type { DomainEvent } from '../shared/decider';
import type { DeliveryRecord } from './lecture.commands';
import type { LectureFormat, LectureIds } from './lecture.state';

export type LectureScheduled = DomainEvent<
  'LectureScheduled',
  LectureIds & {
    topic: string;
    scheduledAt: string;
    format: LectureFormat;
    place: string | null;
  }
>;
export type LectureRescheduled = DomainEvent<
  'LectureRescheduled',
  LectureIds & {
    scheduledAt: string;
    previousScheduledAt: string;
    format: LectureFormat;
    place: string | null;
    reason: string | null;
  }
>;
export type LectureCancelled = DomainEvent<'LectureCancelled', LectureIds & { reason: string }>;
export type LectureDelivered = DomainEvent<'LectureDelivered', LectureIds & DeliveryRecord>;
export type LectureReturned = DomainEvent<'LectureReturned', LectureIds & { reason: string }>;
export type LectureDeliveryRevised = DomainEvent<
  'LectureDeliveryRevised',
  LectureIds & DeliveryRecord
>;
export type LectureConfirmed = DomainEvent<'LectureConfirmed', LectureIds>;

export type LectureEvent =
  | LectureScheduled
  | LectureRescheduled
  | LectureCancelled
  | LectureDelivered
  | LectureReturned
  | LectureDeliveryRevised
  | LectureConfirmed;
