import { EVIDENCE_MAX, requireEvidence } from '../shared/evidence';
import { assertNever, type Decider } from '../shared/decider';
import { InvalidInput, NotFound, RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import {
  optionalText,
  REASON_MAX,
  requireDate,
  requireInstant,
  requireOneOf,
  requireWholeNumber,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../shared/values';
import { CampaignNotFound } from '../campaign';
import type {
  CancelLecture,
  ConfirmLecture,
  DeliveryRecord,
  LectureCommand,
  RecordLectureDelivery,
  RescheduleLecture,
  ReturnLecture,
  ReviseLectureDelivery,
  ScheduleLecture,
} from './lecture.commands';
import { LectureAlreadyScheduled, LectureNotFound } from './lecture.errors';
import type { LectureEvent } from './lecture.events';
import {
  LECTURE_FORMATS,
  type LectureIds,
  type LectureState,
  type LectureStatus,
} from './lecture.state';

const PLACE_MAX = 200;
const AUDIENCE_MAX = 1_000_000;

function inStatus(state: LectureState, lectureId: string, status: LectureStatus, code: string) {
  if (state.status === 'none') throw new LectureNotFound(lectureId);
  if (state.status !== status)
    throw new RuleBroken(code, `lecture ${lectureId} is ${state.status}, not ${status}`);
  return state;
}

function ids(lecture: LectureIds): LectureIds {
  return {
    lectureId: lecture.lectureId,
    campaignId: lecture.campaignId,
    societyId: lecture.societyId,
    lecturerId: lecture.lecturerId,
  };
}

function delivery(record: DeliveryRecord): DeliveryRecord {
  if (!Array.isArray(record.evidence) || record.evidence.length > EVIDENCE_MAX)
    throw new InvalidInput(
      'evidence',
      'LECTURE.EVIDENCE_INVALID',
      `evidence must be a list of at most ${EVIDENCE_MAX} files`,
    );
  return {
    deliveredOn: requireDate('deliveredOn', record.deliveredOn),
    partyMemberAudience: requireWholeNumber(
      'partyMemberAudience',
      record.partyMemberAudience,
      0,
      AUDIENCE_MAX,
    ),
    otherAudience: requireWholeNumber('otherAudience', record.otherAudience, 0, AUDIENCE_MAX),
    summary: requireText('summary', record.summary, SUMMARY_MAX),
    evidence: requireEvidence('evidence', record.evidence),
  };
}

/** The rules across aggregates (ADR 4), on the facts the handler looked up. */
function checkScheduleFacts(command: ScheduleLecture) {
  if (command.campaignStatus === 'none') throw new CampaignNotFound(command.campaignId);
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

function scheduleLecture(command: ScheduleLecture, state: LectureState): LectureEvent[] {
  if (state.status !== 'none') throw new LectureAlreadyScheduled(command.lectureId);
  checkScheduleFacts(command);
  return [
    {
      type: 'LectureScheduled',
      data: {
        lectureId: command.lectureId,
        campaignId: command.campaignId,
        societyId: command.societyId,
        lecturerId: command.lecturerId,
        topic: requireText('topic', command.topic, TITLE_MAX),
        scheduledAt: requireInstant('scheduledAt', command.scheduledAt),
        format: requireOneOf('format', command.format, LECTURE_FORMATS),
        place: optionalText('place', command.place, PLACE_MAX),
      },
    },
  ];
}

function rescheduleLecture(command: RescheduleLecture, state: LectureState): LectureEvent[] {
  const lecture = inStatus(state, command.lectureId, 'scheduled', 'LECTURE.NOT_SCHEDULED');
  return [
    {
      type: 'LectureRescheduled',
      data: {
        ...ids(lecture),
        scheduledAt: requireInstant('scheduledAt', command.scheduledAt),
        previousScheduledAt: lecture.scheduledAt,
        format:
          command.format === undefined
            ? lecture.format
            : requireOneOf('format', command.format, LECTURE_FORMATS),
        place:
          command.place === undefined
            ? lecture.place
            : optionalText('place', command.place, PLACE_MAX),
        reason: optionalText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function cancelLecture(command: CancelLecture, state: LectureState): LectureEvent[] {
  const lecture = inStatus(state, command.lectureId, 'scheduled', 'LECTURE.NOT_SCHEDULED');
  return [
    {
      type: 'LectureCancelled',
      data: { ...ids(lecture), reason: requireText('reason', command.reason, REASON_MAX) },
    },
  ];
}

function recordLectureDelivery(
  command: RecordLectureDelivery,
  state: LectureState,
): LectureEvent[] {
  const lecture = inStatus(state, command.lectureId, 'scheduled', 'LECTURE.NOT_SCHEDULED');
  return [{ type: 'LectureDelivered', data: { ...ids(lecture), ...delivery(command) } }];
}

function returnLecture(command: ReturnLecture, state: LectureState): LectureEvent[] {
  const lecture = inStatus(state, command.lectureId, 'delivered', 'LECTURE.NOT_DELIVERED');
  return [
    {
      type: 'LectureReturned',
      data: { ...ids(lecture), reason: requireText('reason', command.reason, REASON_MAX) },
    },
  ];
}

function reviseLectureDelivery(
  command: ReviseLectureDelivery,
  state: LectureState,
): LectureEvent[] {
  const lecture = inStatus(state, command.lectureId, 'delivered', 'LECTURE.NOT_DELIVERED');
  return [{ type: 'LectureDeliveryRevised', data: { ...ids(lecture), ...delivery(command) } }];
}

function confirmLecture(command: ConfirmLecture, state: LectureState): LectureEvent[] {
  const lecture = inStatus(state, command.lectureId, 'delivered', 'LECTURE.NOT_DELIVERED');
  if (lecture.returned)
    throw new RuleBroken(
      'LECTURE.RETURNED',
      `lecture ${command.lectureId} was returned for more detail; the lecturer revises it first`,
    );
  return [{ type: 'LectureConfirmed', data: ids(lecture) }];
}

function decide(command: LectureCommand, state: LectureState): LectureEvent[] {
  switch (command.type) {
    case 'ScheduleLecture':
      return scheduleLecture(command, state);
    case 'RescheduleLecture':
      return rescheduleLecture(command, state);
    case 'CancelLecture':
      return cancelLecture(command, state);
    case 'RecordLectureDelivery':
      return recordLectureDelivery(command, state);
    case 'ReturnLecture':
      return returnLecture(command, state);
    case 'ReviseLectureDelivery':
      return reviseLectureDelivery(command, state);
    case 'ConfirmLecture':
      return confirmLecture(command, state);
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
  decide,
};
