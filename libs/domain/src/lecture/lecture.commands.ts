import type { MemberPosition } from '../member';
import type { Evidence } from '../shared/evidence';
import type { LectureFormat } from './lecture.state';

/** What the handler looked up about the campaign and the lecturer when scheduling. */
export interface ScheduleFacts {
  readonly campaignStatus: 'none' | 'draft' | 'launched' | 'closed';
  /** The society's liaison in the campaign, or null when it is not assigned. */
  readonly liaisonOfSociety: string | null;
  readonly lecturer: {
    readonly status: 'unregistered' | 'active' | 'retired';
    readonly position: MemberPosition | null;
  };
}

export interface DeliveryRecord {
  /** The date the lecture was given, YYYY-MM-DD. */
  readonly deliveredOn: string;
  readonly partyMemberAudience: number;
  readonly otherAudience: number;
  readonly summary: string;
  /** Photos, the sign-in sheet: files kept by the system (references before version 2). */
  readonly evidence: readonly Evidence[];
}

export interface ScheduleLecture extends ScheduleFacts {
  readonly type: 'ScheduleLecture';
  readonly lectureId: string;
  readonly campaignId: string;
  readonly societyId: string;
  readonly lecturerId: string;
  readonly topic: string;
  readonly scheduledAt: string;
  readonly format: LectureFormat;
  readonly place?: string;
}

export interface RescheduleLecture {
  readonly type: 'RescheduleLecture';
  readonly lectureId: string;
  readonly scheduledAt: string;
  readonly format?: LectureFormat;
  readonly place?: string;
  readonly reason?: string;
}

export interface CancelLecture {
  readonly type: 'CancelLecture';
  readonly lectureId: string;
  readonly reason: string;
}

export interface RecordLectureDelivery extends DeliveryRecord {
  readonly type: 'RecordLectureDelivery';
  readonly lectureId: string;
}

export interface ReturnLecture {
  readonly type: 'ReturnLecture';
  readonly lectureId: string;
  readonly reason: string;
}

export interface ReviseLectureDelivery extends DeliveryRecord {
  readonly type: 'ReviseLectureDelivery';
  readonly lectureId: string;
}

export interface ConfirmLecture {
  readonly type: 'ConfirmLecture';
  readonly lectureId: string;
}

export type LectureCommand =
  | ScheduleLecture
  | RescheduleLecture
  | CancelLecture
  | RecordLectureDelivery
  | ReturnLecture
  | ReviseLectureDelivery
  | ConfirmLecture;
