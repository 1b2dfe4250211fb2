import { randomUUID } from 'node:crypto';
import { touchedIds, type EventEnvelope } from '@pb/contracts';
import { GENESIS_HASH, type StoredCommit } from '@pb/event-store';
import type { Api } from '../../apps/api/src/bootstrap';

/** Where a stream's next commit goes: its first, or the one after a commit already stored. */
type Position = { streamId: string; seq: number; prevHash: string };
const first = (streamId: string): Position => ({ streamId, seq: 1, prevHash: GENESIS_HASH });
const after = (commit: StoredCommit): Position => ({
  streamId: commit.streamId,
  seq: commit.seq + 1,
  prevHash: commit.hash,
});

/** One event as an older release stored it, straight into the api's event store. */
async function appendLegacy(
  api: Api,
  at: Position,
  event: { type: string; commandType: string; data: Record<string, unknown> },
  commandId: string = randomUUID(),
): Promise<StoredCommit> {
  const recordedAt = new Date().toISOString();
  const envelope: EventEnvelope = {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId: at.streamId,
    seq: at.seq,
    index: 0,
    occurredAt: recordedAt,
    recordedAt,
    actor: 'office-legacy',
    correlationId: randomUUID(),
    causationId: commandId,
    federationId: api.runtime.config.federationId,
    commandId,
    ...touchedIds(event.data),
    data: event.data,
  };
  return api.runtime.infra.store.append({
    ...at,
    commandId,
    commandType: event.commandType,
    actor: 'office-legacy',
    recordedAt,
    events: [envelope],
  });
}

/**
 * Appends a SocietyRegistered as releases before 学会简称 wrote it: schema version 1,
 * no shortName, straight into the api's event store; under `commandId` when given, as a
 * command sent with an Idempotency-Key before requests were hashed.
 */
export function appendSocietyRegisteredV1(
  api: Api,
  society: { societyId: string; name: string; kind: string },
  commandId?: string,
): Promise<StoredCommit> {
  return appendLegacy(
    api,
    first(`society-${society.societyId}`),
    {
      type: 'SocietyRegistered',
      commandType: 'RegisterSociety',
      data: { ...society, creditCode: null },
    },
    commandId,
  );
}

/**
 * Appends, after a society's registration, a PartyOrganisationRecorded as releases before
 * seats wrote it: schema version 1, no seat and no groups.
 */
export function appendPartyOrganisationRecordedV1(
  api: Api,
  registered: StoredCommit,
  societyId: string,
  organisation: { form: string; secretary: string | null },
): Promise<StoredCommit> {
  return appendLegacy(api, after(registered), {
    type: 'PartyOrganisationRecorded',
    commandType: 'RecordPartyOrganisation',
    data: { societyId, ...organisation, memberCount: null, establishedOn: null },
  });
}

/** Appends a CampaignDrafted as releases before 发文单位, 发文日期 and 文号 wrote it: version 1. */
export function appendCampaignDraftedV1(
  api: Api,
  campaign: { campaignId: string; title: string },
): Promise<StoredCommit> {
  return appendLegacy(api, first(`campaign-${campaign.campaignId}`), {
    type: 'CampaignDrafted',
    commandType: 'DraftCampaign',
    data: { ...campaign, description: null, startsOn: null, endsOn: null },
  });
}

/** Appends, after a campaign's draft, a CampaignAmended as releases before 发文 fields wrote it. */
export function appendCampaignAmendedV1(
  api: Api,
  drafted: StoredCommit,
  amendment: { campaignId: string; title: string; endsOn: string | null },
): Promise<StoredCommit> {
  return appendLegacy(api, after(drafted), {
    type: 'CampaignAmended',
    commandType: 'AmendCampaign',
    data: { ...amendment, description: null, targets: null, reason: null },
  });
}

/** The ids every lecture event carries. */
interface LectureIds {
  lectureId: string;
  campaignId: string;
  societyId: string;
  lecturerId: string;
}

/** Appends a LectureScheduled as releases before hybrid lectures wrote it: version 1, onsite. */
export function appendLectureScheduledV1(
  api: Api,
  lecture: LectureIds & { topic: string; scheduledAt: string },
): Promise<StoredCommit> {
  return appendLegacy(api, first(`lecture-${lecture.lectureId}`), {
    type: 'LectureScheduled',
    commandType: 'ScheduleLecture',
    data: { ...lecture, format: 'onsite', place: '学会会议室' },
  });
}

/** Appends, after a lecture's scheduling, a LectureRescheduled as version 1 wrote it: online. */
export function appendLectureRescheduledV1(
  api: Api,
  scheduled: StoredCommit,
  move: LectureIds & { scheduledAt: string; previousScheduledAt: string },
): Promise<StoredCommit> {
  return appendLegacy(api, after(scheduled), {
    type: 'LectureRescheduled',
    commandType: 'RescheduleLecture',
    data: { ...move, format: 'online', place: null, reason: '改为线上' },
  });
}

/**
 * A campaign drafted and amended, and a lecture in it scheduled, rescheduled and
 * delivered, with the other records that name evidence, each at schema version 1, so that a workload holds those types at every version.
 */
export async function appendLegacyCampaignWithLecture(
  api: Api,
  at: { societyId: string; lecturerId: string },
): Promise<{ campaignId: string; lectureId: string }> {
  const campaignId = randomUUID();
  const drafted = await appendCampaignDraftedV1(api, { campaignId, title: '旧版工作部署' });
  await appendCampaignAmendedV1(api, drafted, {
    campaignId,
    title: '旧版工作部署（修订）',
    endsOn: '2021-12-31',
  });
  const ids = { lectureId: randomUUID(), campaignId, ...at };
  const scheduled = await appendLectureScheduledV1(api, {
    ...ids,
    topic: '学习贯彻“七一”重要讲话精神',
    scheduledAt: '2021-08-10T01:30:00.000Z',
  });
  const rescheduled = await appendLectureRescheduledV1(api, scheduled, {
    ...ids,
    scheduledAt: '2021-08-17T01:30:00.000Z',
    previousScheduledAt: '2021-08-10T01:30:00.000Z',
  });
  await appendLegacyEvidence(api, rescheduled, ids);
  return ids;
}

/** Version-1 evidence: texts naming files kept elsewhere, as releases before POST /files wrote them. */
const REFERENCES = ['photos/2021-08-17.jpg', 'sign-in/2021-08-17.pdf'];

/**
 * Every event type that names evidence, at schema version 1: a delivery and its revision
 * after `scheduled`, an organisational-life record and its correction, a rectification
 * report and a self-assessment, so that a workload holds those types at every version.
 */
async function appendLegacyEvidence(
  api: Api,
  scheduled: StoredCommit,
  lecture: { lectureId: string; campaignId: string; societyId: string; lecturerId: string },
): Promise<void> {
  const { societyId } = lecture;
  const delivery = {
    ...lecture,
    deliveredOn: '2021-08-17',
    partyMemberAudience: 20,
    otherAudience: 80,
    summary: '旧版记录的宣讲情况',
    evidence: REFERENCES,
  };
  const delivered = await appendLegacy(api, after(scheduled), {
    type: 'LectureDelivered',
    commandType: 'RecordLectureDelivery',
    data: delivery,
  });
  await appendLegacy(api, after(delivered), {
    type: 'LectureDeliveryRevised',
    commandType: 'ReviseLectureDelivery',
    data: { ...delivery, otherAudience: 90 },
  });
  const recordId = randomUUID();
  const meeting = {
    recordId,
    societyId,
    kind: 'party-lecture',
    heldOn: '2021-08-20',
    topic: '旧版记录的党课',
    host: '王书记',
    present: 18,
    expected: 20,
    evidence: REFERENCES,
  };
  const recorded = await appendLegacy(api, first(`organisational-life-${recordId}`), {
    type: 'OrganisationalLifeRecorded',
    commandType: 'RecordOrganisationalLife',
    data: meeting,
  });
  await appendLegacy(api, after(recorded), {
    type: 'OrganisationalLifeCorrected',
    commandType: 'CorrectOrganisationalLife',
    data: { ...meeting, present: 19, reason: '更正到会人数' },
  });
  const inspectionId = randomUUID();
  await appendLegacy(api, first(`society-inspection-${inspectionId}`), {
    type: 'RectificationReported',
    commandType: 'ReportRectificationDone',
    data: {
      inspectionId,
      batchId: randomUUID(),
      societyId,
      itemId: randomUUID(),
      note: '旧版记录的整改情况',
      evidence: REFERENCES,
    },
  });
  const ratingId = randomUUID();
  await appendLegacy(api, first(`star-rating-${ratingId}`), {
    type: 'SelfAssessmentSubmitted',
    commandType: 'SubmitSelfAssessment',
    data: {
      ratingId,
      roundId: randomUUID(),
      societyId,
      authorId: '学会党委办公室',
      items: [{ code: 'A1', category: '组织建设', points: 10, note: null, evidence: REFERENCES }],
      total: 10,
    },
  });
}

/**
 * A service task proposed, accepted, completed and evaluated as releases before the
 * people's rating wrote it: ServiceTaskEvaluated at version 1, without a method.
 */
export async function appendLegacyEvaluatedServiceTask(
  api: Api,
  societyId: string,
): Promise<string> {
  const ids = { taskId: randomUUID(), societyId, campaignId: null };
  const steps = [
    {
      type: 'ServiceTaskProposed',
      commandType: 'ProposeServiceTask',
      data: { ...ids, title: '旧版实事', need: '会员需求', raisedBy: '会员', beneficiary: 'staff' },
    },
    {
      type: 'ServiceTaskAccepted',
      commandType: 'AcceptServiceTask',
      data: { ...ids, dueOn: '2021-10-31', urgency: 'deadline' },
    },
    {
      type: 'ServiceTaskCompleted',
      commandType: 'CompleteServiceTask',
      data: { ...ids, outcome: '办结', beneficiaries: 20, completedOn: '2021-10-20' },
    },
    {
      type: 'ServiceTaskEvaluated',
      commandType: 'EvaluateServiceTask',
      data: { ...ids, rating: 5, raters: 20, comment: null, satisfied: true },
    },
  ];
  let at = first(`service-task-${ids.taskId}`);
  for (const step of steps) at = after(await appendLegacy(api, at, step));
  return ids.taskId;
}
