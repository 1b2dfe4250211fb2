import { assertNever, type Decider, type DomainEvent } from '../shared/decider';
import { Conflict, InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import {
  optionalText,
  REASON_MAX,
  requireDate,
  requireInstant,
  requireWholeNumber,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../shared/values';
import type { MemberPosition } from '../member';

export const LECTURE_FORMATS = ['onsite', 'online'] as const;
export type LectureFormat = (typeof LECTURE_FORMATS)[number];

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
  /** References to the evidence kept elsewhere: photos, the sign-in sheet. */
  readonly evidence: readonly string[];
}

export type LectureCommand =
  | ({
      readonly type: 'ScheduleLecture';
      readonly lectureId: string;
      readonly campaignId: string;
      readonly societyId: string;
      readonly lecturerId: string;
      readonly topic: string;
      readonly scheduledAt: string;
      readonly format: LectureFormat;
      readonly place?: string;
    } & ScheduleFacts)
  | {
      readonly type: 'RescheduleLecture';
      readonly lectureId: string;
      readonly scheduledAt: string;
      readonly format?: LectureFormat;
      readonly place?: string;
      readonly reason?: string;
    }
  | { readonly type: 'CancelLecture'; readonly lectureId: string; readonly reason: string }
  | ({ readonly type: 'RecordLectureDelivery'; readonly lectureId: string } & DeliveryRecord)
  | { readonly type: 'ReturnLecture'; readonly lectureId: string; readonly reason: string }
  | ({ readonly type: 'ReviseLectureDelivery'; readonly lectureId: string } & DeliveryRecord)
  | { readonly type: 'ConfirmLecture'; readonly lectureId: string };

interface LectureIds {
  lectureId: string;
  campaignId: string;
  societyId: string;
  lecturerId: string;
}

export type LectureEvent =
  | DomainEvent<
      'LectureScheduled',
      LectureIds & {
        topic: string;
        scheduledAt: string;
        format: LectureFormat;
        place: string | null;
      }
    >
  | DomainEvent<
      'LectureRescheduled',
      LectureIds & {
        scheduledAt: string;
        previousScheduledAt: string;
        format: LectureFormat;
        place: string | null;
        reason: string | null;
      }
    >
  | DomainEvent<'LectureCancelled', LectureIds & { reason: string }>
  | DomainEvent<'LectureDelivered', LectureIds & DeliveryRecord>
  | DomainEvent<'LectureReturned', LectureIds & { reason: string }>
  | DomainEvent<'LectureDeliveryRevised', LectureIds & DeliveryRecord>
  | DomainEvent<'LectureConfirmed', LectureIds>;

export type LectureStatus = 'scheduled' | 'delivered' | 'confirmed' | 'cancelled';

export type LectureState =
  | { readonly status: 'none' }
  | (LectureIds & {
      readonly status: LectureStatus;
      readonly scheduledAt: string;
      readonly format: LectureFormat;
      readonly place: string | null;
      /** Returned for more detail and not yet revised. */
      readonly returned: boolean;
    });

export class LectureNotFound extends NotFound {
  constructor(lectureId: string) {
    super('LECTURE.NOT_FOUND', `lecture ${lectureId} does not exist`);
  }
}

function existing(state: LectureState, lectureId: string) {
  if (state.status === 'none') throw new LectureNotFound(lectureId);
  return state;
}

function inStatus(state: LectureState, lectureId: string, status: LectureStatus, code: string) {
  const lecture = existing(state, lectureId);
  if (lecture.status !== status)
    throw new RuleBroken(code, `lecture ${lectureId} is ${lecture.status}, not ${status}`);
  return lecture;
}

function ids(state: LectureIds): LectureIds {
  return {
    lectureId: state.lectureId,
    campaignId: state.campaignId,
    societyId: state.societyId,
    lecturerId: state.lecturerId,
  };
}

function delivery(record: DeliveryRecord): DeliveryRecord {
  if (!Array.isArray(record.evidence) || record.evidence.length > 50)
    throw new InvalidInput(
      'evidence',
      'LECTURE.EVIDENCE_INVALID',
      'evidence must be a list of at most 50 references',
    );
  return {
    deliveredOn: requireDate('deliveredOn', record.deliveredOn),
    partyMemberAudience: requireWholeNumber(
      'partyMemberAudience',
      record.partyMemberAudience,
      0,
      1_000_000,
    ),
    otherAudience: requireWholeNumber('otherAudience', record.otherAudience, 0, 1_000_000),
    summary: requireText('summary', record.summary, SUMMARY_MAX),
    evidence: record.evidence.map((ref, i) => requireText(`evidence[${i}]`, ref, 500)),
  };
}

function checkSchedule(command: Extract<LectureCommand, { type: 'ScheduleLecture' }>) {
  if (command.campaignStatus === 'none')
    throw new NotFound('CAMPAIGN.NOT_FOUND', `campaign ${command.campaignId} does not exist`);
  if (command.campaignStatus === 'closed')
    throw new RuleBroken(
      'CAMPAIGN.CLOSED',
      `campaign ${command.campaignId} is closed and takes no new lectures`,
    );
  if (command.liaisonOfSociety === null)
    throw new RuleBroken(
      'LECTURE.SOCIETY_NOT_ASSIGNED',
      `society ${command.societyId} is not assigned in campaign ${command.campaignId}`,
      'societyId',
    );
  if (command.lecturer.status === 'unregistered')
    throw new NotFound('MEMBER.NOT_FOUND', `lecturer ${command.lecturerId} does not exist`);
  if (command.lecturer.status === 'retired')
    throw new RuleBroken(
      'MEMBER.RETIRED',
      `lecturer ${command.lecturerId} has retired`,
      'lecturerId',
    );
  if (command.lecturerId !== command.liaisonOfSociety && command.lecturer.position !== 'expert')
    throw new RuleBroken(
      'LECTURE.LECTURER_NOT_ALLOWED',
      "the lecturer must be the society's liaison in this campaign or a lecture expert",
      'lecturerId',
    );
}

function decide(command: LectureCommand, state: LectureState): LectureEvent[] {
  const { lectureId } = command;
  switch (command.type) {
    case 'ScheduleLecture': {
      if (state.status !== 'none')
        throw new Conflict('LECTURE.ALREADY_EXISTS', `lecture ${lectureId} already exists`);
      checkSchedule(command);
      return [
        {
          type: 'LectureScheduled',
          data: {
            lectureId,
            campaignId: command.campaignId,
            societyId: command.societyId,
            lecturerId: command.lecturerId,
            topic: requireText('topic', command.topic, TITLE_MAX),
            scheduledAt: requireInstant('scheduledAt', command.scheduledAt),
            format: command.format,
            place: optionalText('place', command.place, 200),
          },
        },
      ];
    }
    case 'RescheduleLecture': {
      const lecture = inStatus(state, lectureId, 'scheduled', 'LECTURE.NOT_SCHEDULED');
      return [
        {
          type: 'LectureRescheduled',
          data: {
            ...ids(lecture),
            scheduledAt: requireInstant('scheduledAt', command.scheduledAt),
            previousScheduledAt: lecture.scheduledAt,
            format: command.format ?? lecture.format,
            place:
              command.place === undefined
                ? lecture.place
                : optionalText('place', command.place, 200),
            reason: optionalText('reason', command.reason, REASON_MAX),
          },
        },
      ];
    }
    case 'CancelLecture': {
      const lecture = inStatus(state, lectureId, 'scheduled', 'LECTURE.NOT_SCHEDULED');
      return [
        {
          type: 'LectureCancelled',
          data: { ...ids(lecture), reason: requireText('reason', command.reason, REASON_MAX) },
        },
      ];
    }
    case 'RecordLectureDelivery': {
      const lecture = inStatus(state, lectureId, 'scheduled', 'LECTURE.NOT_SCHEDULED');
      return [{ type: 'LectureDelivered', data: { ...ids(lecture), ...delivery(command) } }];
    }
    case 'ReturnLecture': {
      const lecture = inStatus(state, lectureId, 'delivered', 'LECTURE.NOT_DELIVERED');
      return [
        {
          type: 'LectureReturned',
          data: { ...ids(lecture), reason: requireText('reason', command.reason, REASON_MAX) },
        },
      ];
    }
    case 'ReviseLectureDelivery': {
      const lecture = inStatus(state, lectureId, 'delivered', 'LECTURE.NOT_DELIVERED');
      return [{ type: 'LectureDeliveryRevised', data: { ...ids(lecture), ...delivery(command) } }];
    }
    case 'ConfirmLecture': {
      const lecture = inStatus(state, lectureId, 'delivered', 'LECTURE.NOT_DELIVERED');
      if (lecture.returned)
        throw new RuleBroken(
          'LECTURE.RETURNED',
          `lecture ${lectureId} was returned for more detail; the lecturer revises it first`,
        );
      return [{ type: 'LectureConfirmed', data: ids(lecture) }];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: LectureState, event: LectureEvent): LectureState {
  if (event.type === 'LectureScheduled')
    return {
      ...ids(event.data),
      status: 'scheduled',
      scheduledAt: event.data.scheduledAt,
      format: event.data.format,
      place: event.data.place,
      returned: false,
    };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'LectureRescheduled':
      return {
        ...state,
        scheduledAt: event.data.scheduledAt,
        format: event.data.format,
        place: event.data.place,
      };
    case 'LectureCancelled':
      return { ...state, status: 'cancelled' };
    case 'LectureDelivered':
      return { ...state, status: 'delivered' };
    case 'LectureReturned':
      return { ...state, returned: true };
    case 'LectureDeliveryRevised':
      return { ...state, returned: false };
    case 'LectureConfirmed':
      return { ...state, status: 'confirmed', returned: false };
    default:
      return assertNever(event);
  }
}

export const lectureDecider: Decider<LectureCommand, LectureEvent, LectureState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
