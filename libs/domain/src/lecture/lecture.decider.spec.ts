import { evidenceFile } from '../shared/evidence.testing';
import { specFor } from '../shared/decider.testing';
import type { DeliveryRecord, LectureCommand, ScheduleFacts } from './lecture.commands';
import type { LectureEvent } from './lecture.events';
import { lectureDecider } from './lecture.decider';
import type { LectureFormat } from './lecture.state';

const spec = specFor(lectureDecider);
const lectureId = '3e7a9c21-5b4d-4e8f-a612-9c0d1e2f3a04';
const campaignId = '8d2f6a14-1e3b-4c7d-9b20-3f4e5a6b7c01';
const societyId = '6f1c2a9e-3b7d-4c1e-9a55-0c2f4d8e7b10';
const liaisonId = '2b8e4f61-7c3a-4d9e-8f12-5a6b7c8d9e01';
const expertId = '4c9a1d37-8e2b-4f6c-a031-7b8c9d0e1f02';
const topic = '学习贯彻“七一”重要讲话精神';
const place = '天津市建筑学会三楼会议室';
const ids = { lectureId, campaignId, societyId, lecturerId: liaisonId };

const facts: ScheduleFacts = {
  campaignStatus: 'launched',
  liaisonOfSociety: liaisonId,
  lecturer: { status: 'active', position: 'member' },
};
const schedule = (
  overrides: Partial<Extract<LectureCommand, { type: 'ScheduleLecture' }>> = {},
): LectureCommand => ({
  type: 'ScheduleLecture',
  lectureId,
  campaignId,
  societyId,
  lecturerId: liaisonId,
  topic,
  scheduledAt: '2026-03-10T09:30:00+08:00',
  format: 'onsite',
  place,
  ...facts,
  ...overrides,
});

const record: DeliveryRecord = {
  deliveredOn: '2026-03-10',
  partyMemberAudience: 28,
  otherAudience: 12,
  summary: '宣讲结合学会工作实际，会后开展交流研讨',
  evidence: [evidenceFile('现场照片-01.jpg', 'image/jpeg'), evidenceFile('签到表.pdf')],
};
const revisedRecord: DeliveryRecord = {
  ...record,
  partyMemberAudience: 30,
  summary: '补充了签到表和现场照片',
  evidence: [...record.evidence, evidenceFile('现场照片-02.jpg', 'image/jpeg')],
};

const scheduled: LectureEvent = {
  type: 'LectureScheduled',
  data: { ...ids, topic, scheduledAt: '2026-03-10T01:30:00.000Z', format: 'onsite', place },
};
const rescheduled: LectureEvent = {
  type: 'LectureRescheduled',
  data: {
    ...ids,
    scheduledAt: '2026-03-17T06:00:00.000Z',
    previousScheduledAt: '2026-03-10T01:30:00.000Z',
    format: 'online',
    place: null,
    reason: '改为线上',
  },
};
const cancelled: LectureEvent = {
  type: 'LectureCancelled',
  data: { ...ids, reason: '主讲人临时出差' },
};
const delivered: LectureEvent = { type: 'LectureDelivered', data: { ...ids, ...record } };
const returned: LectureEvent = {
  type: 'LectureReturned',
  data: { ...ids, reason: '请补充签到表' },
};
const revised: LectureEvent = {
  type: 'LectureDeliveryRevised',
  data: { ...ids, ...revisedRecord },
};
const confirmed: LectureEvent = { type: 'LectureConfirmed', data: ids };

describe('lecture decider', () => {
  describe('ScheduleLecture', () => {
    it("schedules a lecture by the society's liaison, with the time in UTC", () =>
      spec
        .given()
        .when(schedule({ topic: `\u3000${topic} ` }))
        .then([scheduled]));

    it('keeps a time already given in UTC', () =>
      spec
        .given()
        .when(schedule({ scheduledAt: '2026-03-10T01:30:00Z' }))
        .then([scheduled]));

    it('schedules an online lecture with no place', () =>
      spec
        .given()
        .when(schedule({ format: 'online', place: undefined }))
        .then([
          {
            type: 'LectureScheduled',
            data: {
              ...ids,
              topic,
              scheduledAt: '2026-03-10T01:30:00.000Z',
              format: 'online',
              place: null,
            },
          },
        ]));

    it('schedules a lecture held on site and online at once (线上线下结合) with its place', () =>
      spec
        .given()
        .when(schedule({ format: 'hybrid' }))
        .then([{ ...scheduled, data: { ...scheduled.data, format: 'hybrid' } }]));

    it('refuses a format it does not know, naming the field', () =>
      spec
        .given()
        .when(schedule({ format: 'broadcast' as LectureFormat }))
        .thenFails('VALUE.NOT_ALLOWED', 'format'));

    it('schedules a lecture in a campaign that is still a draft', () =>
      spec
        .given()
        .when(schedule({ campaignStatus: 'draft' }))
        .then([scheduled]));

    it('lets a lecture expert who is not the liaison give the lecture', () =>
      spec
        .given()
        .when(
          schedule({ lecturerId: expertId, lecturer: { status: 'active', position: 'expert' } }),
        )
        .then([
          {
            type: 'LectureScheduled',
            data: {
              ...ids,
              lecturerId: expertId,
              topic,
              scheduledAt: '2026-03-10T01:30:00.000Z',
              format: 'onsite',
              place,
            },
          },
        ]));

    it('lets the liaison give the lecture whatever their position', () =>
      spec
        .given()
        .when(schedule({ lecturer: { status: 'active', position: 'secretary' } }))
        .then([scheduled]));

    it('refuses a lecturer who is neither the liaison nor a lecture expert', () =>
      spec
        .given()
        .when(
          schedule({
            lecturerId: expertId,
            lecturer: { status: 'active', position: 'deputy-secretary' },
          }),
        )
        .thenFails('LECTURE.LECTURER_NOT_ALLOWED', 'lecturerId'));

    it('refuses a campaign that does not exist', () =>
      spec
        .given()
        .when(schedule({ campaignStatus: 'none' }))
        .thenFails('CAMPAIGN.NOT_FOUND'));

    it('refuses a closed campaign', () =>
      spec
        .given()
        .when(schedule({ campaignStatus: 'closed' }))
        .thenFails('CAMPAIGN.CLOSED'));

    it('refuses a society that is not assigned in the campaign', () =>
      spec
        .given()
        .when(schedule({ liaisonOfSociety: null }))
        .thenFails('LECTURE.SOCIETY_NOT_ASSIGNED', 'societyId'));

    it('refuses a lecturer who does not exist', () =>
      spec
        .given()
        .when(schedule({ lecturer: { status: 'unregistered', position: null } }))
        .thenFails('MEMBER.NOT_FOUND'));

    it('refuses a retired lecturer, even the liaison', () =>
      spec
        .given()
        .when(schedule({ lecturer: { status: 'retired', position: 'member' } }))
        .thenFails('MEMBER.RETIRED', 'lecturerId'));

    it('refuses a retired lecture expert', () =>
      spec
        .given()
        .when(
          schedule({ lecturerId: expertId, lecturer: { status: 'retired', position: 'expert' } }),
        )
        .thenFails('MEMBER.RETIRED', 'lecturerId'));

    it('refuses a time without a zone', () =>
      spec
        .given()
        .when(schedule({ scheduledAt: '2026-03-10T09:30:00' }))
        .thenFails('INSTANT.INVALID', 'scheduledAt'));

    it('refuses a date without a time', () =>
      spec
        .given()
        .when(schedule({ scheduledAt: '2026-03-10' }))
        .thenFails('INSTANT.INVALID', 'scheduledAt'));

    it('refuses a time on a day that does not exist', () =>
      spec
        .given()
        .when(schedule({ scheduledAt: '2026-02-30T09:30:00+08:00' }))
        .thenFails('INSTANT.INVALID', 'scheduledAt'));

    it('refuses a blank topic', () =>
      spec
        .given()
        .when(schedule({ topic: ' \u3000' }))
        .thenFails('TEXT.EMPTY', 'topic'));

    it('refuses a topic longer than 200 characters', () =>
      spec
        .given()
        .when(schedule({ topic: '学'.repeat(201) }))
        .thenFails('TEXT.TOO_LONG', 'topic'));

    it('refuses a place longer than 200 characters', () =>
      spec
        .given()
        .when(schedule({ place: '楼'.repeat(201) }))
        .thenFails('TEXT.TOO_LONG', 'place'));

    it('refuses to schedule the same lecture twice', () =>
      spec.given([scheduled]).when(schedule()).thenFails('LECTURE.ALREADY_EXISTS'));
  });

  describe('RescheduleLecture', () => {
    it('moves the lecture and keeps its format and place', () =>
      spec
        .given([scheduled])
        .when({ type: 'RescheduleLecture', lectureId, scheduledAt: '2026-03-12T14:00:00+08:00' })
        .then([
          {
            type: 'LectureRescheduled',
            data: {
              ...ids,
              scheduledAt: '2026-03-12T06:00:00.000Z',
              previousScheduledAt: '2026-03-10T01:30:00.000Z',
              format: 'onsite',
              place,
              reason: null,
            },
          },
        ]));

    it('changes the format and the place with a reason', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RescheduleLecture',
          lectureId,
          scheduledAt: '2026-03-17T14:00:00+08:00',
          format: 'online',
          place: '腾讯会议 123-456-789',
          reason: '改为线上',
        })
        .then([
          {
            type: 'LectureRescheduled',
            data: {
              ...ids,
              scheduledAt: '2026-03-17T06:00:00.000Z',
              previousScheduledAt: '2026-03-10T01:30:00.000Z',
              format: 'online',
              place: '腾讯会议 123-456-789',
              reason: '改为线上',
            },
          },
        ]));

    it('turns an onsite lecture into a hybrid one, keeping its place', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RescheduleLecture',
          lectureId,
          scheduledAt: '2026-03-17T14:00:00+08:00',
          format: 'hybrid',
          reason: '增设线上直播',
        })
        .then([
          {
            ...rescheduled,
            data: { ...rescheduled.data, format: 'hybrid', place, reason: '增设线上直播' },
          },
        ]));

    it('refuses to reschedule into a format it does not know', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RescheduleLecture',
          lectureId,
          scheduledAt: '2026-03-12T14:00:00+08:00',
          format: 'radio' as LectureFormat,
        })
        .thenFails('VALUE.NOT_ALLOWED', 'format'));

    it('takes the previous time, format and place from the latest reschedule', () =>
      spec
        .given([scheduled, rescheduled])
        .when({ type: 'RescheduleLecture', lectureId, scheduledAt: '2026-03-24T14:00:00+08:00' })
        .then([
          {
            type: 'LectureRescheduled',
            data: {
              ...ids,
              scheduledAt: '2026-03-24T06:00:00.000Z',
              previousScheduledAt: '2026-03-17T06:00:00.000Z',
              format: 'online',
              place: null,
              reason: null,
            },
          },
        ]));

    it('refuses a time without a zone', () =>
      spec
        .given([scheduled])
        .when({ type: 'RescheduleLecture', lectureId, scheduledAt: '2026-03-12 14:00' })
        .thenFails('INSTANT.INVALID', 'scheduledAt'));

    it('refuses a blank place when one is given', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RescheduleLecture',
          lectureId,
          scheduledAt: '2026-03-12T14:00:00+08:00',
          place: '\u3000',
        })
        .thenFails('TEXT.EMPTY', 'place'));

    it('refuses a reason longer than 500 characters', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RescheduleLecture',
          lectureId,
          scheduledAt: '2026-03-12T14:00:00+08:00',
          reason: '因'.repeat(501),
        })
        .thenFails('TEXT.TOO_LONG', 'reason'));

    it('refuses an unknown lecture', () =>
      spec
        .given()
        .when({ type: 'RescheduleLecture', lectureId, scheduledAt: '2026-03-12T14:00:00+08:00' })
        .thenFails('LECTURE.NOT_FOUND'));

    it('refuses a lecture already delivered', () =>
      spec
        .given([scheduled, delivered])
        .when({ type: 'RescheduleLecture', lectureId, scheduledAt: '2026-03-12T14:00:00+08:00' })
        .thenFails('LECTURE.NOT_SCHEDULED'));

    it('refuses a cancelled lecture', () =>
      spec
        .given([scheduled, cancelled])
        .when({ type: 'RescheduleLecture', lectureId, scheduledAt: '2026-03-12T14:00:00+08:00' })
        .thenFails('LECTURE.NOT_SCHEDULED'));
  });

  describe('CancelLecture', () => {
    it('cancels a scheduled lecture with the reason', () =>
      spec
        .given([scheduled])
        .when({ type: 'CancelLecture', lectureId, reason: ' 主讲人临时出差 ' })
        .then([cancelled]));

    it('cancels a rescheduled lecture', () =>
      spec
        .given([scheduled, rescheduled])
        .when({ type: 'CancelLecture', lectureId, reason: '主讲人临时出差' })
        .then([cancelled]));

    it('refuses a blank reason', () =>
      spec
        .given([scheduled])
        .when({ type: 'CancelLecture', lectureId, reason: '\u3000' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses an unknown lecture', () =>
      spec
        .given()
        .when({ type: 'CancelLecture', lectureId, reason: '取消' })
        .thenFails('LECTURE.NOT_FOUND'));

    it('refuses to cancel a lecture twice', () =>
      spec
        .given([scheduled, cancelled])
        .when({ type: 'CancelLecture', lectureId, reason: '取消' })
        .thenFails('LECTURE.NOT_SCHEDULED'));

    it('refuses a lecture already delivered', () =>
      spec
        .given([scheduled, delivered])
        .when({ type: 'CancelLecture', lectureId, reason: '取消' })
        .thenFails('LECTURE.NOT_SCHEDULED'));
  });

  describe('RecordLectureDelivery', () => {
    it('records the date, the audience, the summary and the evidence', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RecordLectureDelivery',
          lectureId,
          ...record,
          summary: `\u3000${record.summary} `,
          evidence: [{ ...record.evidence[0], name: ' 现场照片-01.jpg' }, record.evidence[1]],
        })
        .then([delivered]));

    it('records a delivery with no audience and no evidence', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RecordLectureDelivery',
          lectureId,
          ...record,
          partyMemberAudience: 0,
          otherAudience: 0,
          evidence: [],
        })
        .then([
          {
            type: 'LectureDelivered',
            data: { ...ids, ...record, partyMemberAudience: 0, otherAudience: 0, evidence: [] },
          },
        ]));

    it('records the delivery of a rescheduled lecture', () =>
      spec
        .given([scheduled, rescheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record })
        .then([delivered]));

    it('refuses a delivery date that does not exist', () =>
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, deliveredOn: '2026-02-30' })
        .thenFails('DATE.INVALID', 'deliveredOn'));

    it('refuses a delivery date not written YYYY-MM-DD', () =>
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, deliveredOn: '2026-3-10' })
        .thenFails('DATE.INVALID', 'deliveredOn'));

    it('refuses a negative audience', () => {
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, partyMemberAudience: -1 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'partyMemberAudience');
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, otherAudience: -5 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'otherAudience');
    });

    it('refuses an audience that is not whole or above a million', () => {
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, otherAudience: 2.5 })
        .thenFails('NUMBER.OUT_OF_RANGE', 'otherAudience');
      spec
        .given([scheduled])
        .when({
          type: 'RecordLectureDelivery',
          lectureId,
          ...record,
          partyMemberAudience: 1_000_001,
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'partyMemberAudience');
    });

    it('refuses a blank summary', () =>
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, summary: ' ' })
        .thenFails('TEXT.EMPTY', 'summary'));

    it('refuses a summary longer than 5000 characters', () =>
      spec
        .given([scheduled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record, summary: '讲'.repeat(5001) })
        .thenFails('TEXT.TOO_LONG', 'summary'));

    it('refuses more than 50 pieces of evidence', () => {
      spec
        .given([scheduled])
        .when({
          type: 'RecordLectureDelivery',
          lectureId,
          ...record,
          evidence: Array.from({ length: 50 }, (_, i) => evidenceFile(`${i}.jpg`)),
        })
        .then([
          {
            type: 'LectureDelivered',
            data: {
              ...ids,
              ...record,
              evidence: Array.from({ length: 50 }, (_, i) => evidenceFile(`${i}.jpg`)),
            },
          },
        ]);
      spec
        .given([scheduled])
        .when({
          type: 'RecordLectureDelivery',
          lectureId,
          ...record,
          evidence: Array.from({ length: 51 }, (_, i) => evidenceFile(`${i}.jpg`)),
        })
        .thenFails('LECTURE.EVIDENCE_INVALID', 'evidence');
    });

    it('refuses evidence that is not a list', () =>
      spec
        .given([scheduled])
        .when({
          type: 'RecordLectureDelivery',
          lectureId,
          ...record,
          evidence: 'photos/2026-03-10-01.jpg' as unknown as [],
        })
        .thenFails('LECTURE.EVIDENCE_INVALID', 'evidence'));

    it('refuses a file named twice, one never kept and a blank name, naming its place in the list', () => {
      const [photo, sheet] = record.evidence;
      const when = (evidence: DeliveryRecord['evidence']) =>
        spec
          .given([scheduled])
          .when({ type: 'RecordLectureDelivery', lectureId, ...record, evidence });
      when([photo, sheet, photo]).thenFails('LIST.REPEATED', 'evidence[2].sha256');
      when([photo, { sha256: null, name: 'a.jpg', mediaType: null, size: null }]).thenFails(
        'FILE.NOT_FOUND',
        'evidence[1].sha256',
      );
      when([photo, { ...sheet, name: '\u3000' }]).thenFails('TEXT.EMPTY', 'evidence[1].name');
      when([{ ...photo, name: 'p'.repeat(201) }]).thenFails('TEXT.TOO_LONG', 'evidence[0].name');
    });

    it('refuses an unknown lecture', () =>
      spec
        .given()
        .when({ type: 'RecordLectureDelivery', lectureId, ...record })
        .thenFails('LECTURE.NOT_FOUND'));

    it('refuses to record a delivery twice', () =>
      spec
        .given([scheduled, delivered])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record })
        .thenFails('LECTURE.NOT_SCHEDULED'));

    it('refuses a cancelled lecture', () =>
      spec
        .given([scheduled, cancelled])
        .when({ type: 'RecordLectureDelivery', lectureId, ...record })
        .thenFails('LECTURE.NOT_SCHEDULED'));
  });

  describe('ReturnLecture', () => {
    it('returns a delivered lecture for more detail with the reason', () =>
      spec
        .given([scheduled, delivered])
        .when({ type: 'ReturnLecture', lectureId, reason: '请补充签到表' })
        .then([returned]));

    it('refuses a blank reason', () =>
      spec
        .given([scheduled, delivered])
        .when({ type: 'ReturnLecture', lectureId, reason: ' \u3000' })
        .thenFails('TEXT.EMPTY', 'reason'));

    it('refuses an unknown lecture', () =>
      spec
        .given()
        .when({ type: 'ReturnLecture', lectureId, reason: '请补充签到表' })
        .thenFails('LECTURE.NOT_FOUND'));

    it('refuses a lecture not yet delivered', () =>
      spec
        .given([scheduled])
        .when({ type: 'ReturnLecture', lectureId, reason: '请补充签到表' })
        .thenFails('LECTURE.NOT_DELIVERED'));

    it('refuses a confirmed lecture', () =>
      spec
        .given([scheduled, delivered, confirmed])
        .when({ type: 'ReturnLecture', lectureId, reason: '请补充签到表' })
        .thenFails('LECTURE.NOT_DELIVERED'));
  });

  describe('ReviseLectureDelivery', () => {
    it('replaces the delivery record of a returned lecture', () =>
      spec
        .given([scheduled, delivered, returned])
        .when({ type: 'ReviseLectureDelivery', lectureId, ...revisedRecord })
        .then([revised]));

    it('checks the revised record like the first one', () =>
      spec
        .given([scheduled, delivered, returned])
        .when({
          type: 'ReviseLectureDelivery',
          lectureId,
          ...revisedRecord,
          partyMemberAudience: -1,
        })
        .thenFails('NUMBER.OUT_OF_RANGE', 'partyMemberAudience'));

    it('refuses a revised delivery date that does not exist', () =>
      spec
        .given([scheduled, delivered, returned])
        .when({
          type: 'ReviseLectureDelivery',
          lectureId,
          ...revisedRecord,
          deliveredOn: '2026-02-29',
        })
        .thenFails('DATE.INVALID', 'deliveredOn'));

    it('refuses an unknown lecture', () =>
      spec
        .given()
        .when({ type: 'ReviseLectureDelivery', lectureId, ...revisedRecord })
        .thenFails('LECTURE.NOT_FOUND'));

    it('refuses a lecture not yet delivered', () =>
      spec
        .given([scheduled])
        .when({ type: 'ReviseLectureDelivery', lectureId, ...revisedRecord })
        .thenFails('LECTURE.NOT_DELIVERED'));

    it('refuses a confirmed lecture', () =>
      spec
        .given([scheduled, delivered, confirmed])
        .when({ type: 'ReviseLectureDelivery', lectureId, ...revisedRecord })
        .thenFails('LECTURE.NOT_DELIVERED'));
  });

  describe('ConfirmLecture', () => {
    it('confirms a delivered lecture', () =>
      spec
        .given([scheduled, delivered])
        .when({ type: 'ConfirmLecture', lectureId })
        .then([confirmed]));

    it('confirms a lecture that was returned and then revised', () =>
      spec
        .given([scheduled, delivered, returned, revised])
        .when({ type: 'ConfirmLecture', lectureId })
        .then([confirmed]));

    it('refuses a lecture returned for more detail and not yet revised', () =>
      spec
        .given([scheduled, delivered, returned])
        .when({ type: 'ConfirmLecture', lectureId })
        .thenFails('LECTURE.RETURNED'));

    it('refuses an unknown lecture', () =>
      spec.given().when({ type: 'ConfirmLecture', lectureId }).thenFails('LECTURE.NOT_FOUND'));

    it('refuses a lecture not yet delivered', () =>
      spec
        .given([scheduled])
        .when({ type: 'ConfirmLecture', lectureId })
        .thenFails('LECTURE.NOT_DELIVERED'));

    it('refuses to confirm a lecture twice', () =>
      spec
        .given([scheduled, delivered, confirmed])
        .when({ type: 'ConfirmLecture', lectureId })
        .thenFails('LECTURE.NOT_DELIVERED'));

    it('refuses a cancelled lecture', () =>
      spec
        .given([scheduled, cancelled])
        .when({ type: 'ConfirmLecture', lectureId })
        .thenFails('LECTURE.NOT_DELIVERED'));
  });
});
