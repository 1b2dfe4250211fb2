/**
 * Builders for the report specs: each replays events through the real projection, so
 * that a revised delivery record or a reopened task looks exactly as it will in
 * production.
 */
import type { EventEnvelope } from '@pb/contracts';
import {
  SATISFIED_FROM,
  type CampaignEvent,
  type DomainEvent,
  type LectureEvent,
  type MemberEvent,
  type MemberPosition,
  type PartyOrganisationForm,
  type ServiceTaskEvent,
  type SocietyEvent,
  type SocietyKind,
} from '@pb/domain';
import {
  assignmentProjection,
  campaignProjection,
  lectureProjection,
  memberProjection,
  serviceTaskProjection,
  societyProjection,
  type EntityDocument,
  type EntityProjection,
} from '@pb/projections';
import type { ReportInput } from './campaign-report';

/** Every event is recorded a minute after the one before. */
let clock = Date.parse('2025-02-01T00:00:00.000Z');

/** The documents a projection makes of one stream's events, as the projector would write them. */
export function replay<Doc extends EntityDocument>(
  projection: EntityProjection<Doc>,
  streamId: string,
  events: readonly DomainEvent[],
): Doc[] {
  const docs = new Map<string, Doc>();
  events.forEach((event, i) => {
    clock += 60_000;
    const at = new Date(clock).toISOString();
    const envelope: EventEnvelope = {
      eventId: `${streamId}-${i + 1}`,
      type: event.type,
      schemaVersion: 1,
      streamId,
      seq: i + 1,
      index: 0,
      occurredAt: at,
      recordedAt: at,
      actor: 'spec',
      correlationId: 'spec',
      causationId: 'spec',
      federationId: 'federation',
      commandId: `${streamId}-${i + 1}`,
      societyId: null,
      memberIds: [],
      campaignId: null,
      data: event.data,
    };
    if (!projection.handles(envelope)) return;
    const id = projection.documentId(envelope);
    const next = projection.apply(docs.get(id) ?? null, envelope);
    if (next !== null)
      docs.set(id, { ...next, _version: i + 1, _position: { seq: i + 1, index: 0 } } as Doc);
  });
  return [...docs.values()];
}

export function society(
  societyId: string,
  name: string,
  kind: SocietyKind,
  form: PartyOrganisationForm,
  deregistered = false,
  creditCode: string | null = null,
) {
  const events: SocietyEvent[] = [
    {
      type: 'SocietyRegistered',
      data: { societyId, name, kind, creditCode, shortName: null },
    },
    {
      type: 'PartyOrganisationRecorded',
      data: {
        societyId,
        seat: null,
        form,
        secretary: null,
        memberCount: null,
        establishedOn: null,
        groups: false,
      },
    },
  ];
  if (deregistered)
    events.push({ type: 'SocietyDeregistered', data: { societyId, reason: '依法注销' } });
  return replay(societyProjection, `society-${societyId}`, events);
}

export function member(memberId: string, name: string, position: MemberPosition) {
  const events: MemberEvent[] = [
    { type: 'MemberRegistered', data: { memberId, name, position, organisation: null } },
  ];
  return replay(memberProjection, `member-${memberId}`, events);
}

type LectureIds = { lectureId: string; campaignId: string; societyId: string; lecturerId: string };
type LectureStep = (ids: LectureIds) => LectureEvent;

export const deliver =
  (deliveredOn: string, partyMemberAudience: number, otherAudience: number): LectureStep =>
  (ids) => ({
    type: 'LectureDelivered',
    data: {
      ...ids,
      deliveredOn,
      partyMemberAudience,
      otherAudience,
      summary: '宣讲',
      evidence: [],
    },
  });
export const revise =
  (deliveredOn: string, partyMemberAudience: number, otherAudience: number): LectureStep =>
  (ids) => ({
    type: 'LectureDeliveryRevised',
    data: {
      ...ids,
      deliveredOn,
      partyMemberAudience,
      otherAudience,
      summary: '补充',
      evidence: [],
    },
  });
export const giveBack =
  (reason: string): LectureStep =>
  (ids) => ({ type: 'LectureReturned', data: { ...ids, reason } });
export const confirm: LectureStep = (ids) => ({ type: 'LectureConfirmed', data: ids });
export const cancelLecture: LectureStep = (ids) => ({
  type: 'LectureCancelled',
  data: { ...ids, reason: '场地冲突' },
});
export const reschedule: LectureStep = (ids) => ({
  type: 'LectureRescheduled',
  data: {
    ...ids,
    scheduledAt: '2025-04-25T02:00:00.000Z',
    previousScheduledAt: '2025-04-18T02:00:00.000Z',
    format: 'online',
    place: null,
    reason: '专家出差',
  },
});

export function lecture(
  campaignId: string,
  lectureId: string,
  societyId: string,
  lecturerId: string,
  ...steps: LectureStep[]
) {
  const ids = {
    lectureId,
    campaignId,
    societyId,
    lecturerId,
  };
  const scheduled: LectureEvent = {
    type: 'LectureScheduled',
    data: {
      ...ids,
      topic: '学习贯彻全会精神',
      scheduledAt: '2025-04-18T02:00:00.000Z',
      format: 'onsite',
      place: '学会会议室',
    },
  };
  return replay(lectureProjection, `lecture-${lectureId}`, [
    scheduled,
    ...steps.map((step) => step(ids)),
  ]);
}

type TaskIds = { taskId: string; societyId: string; campaignId: string | null };
type TaskStep = (ids: TaskIds) => ServiceTaskEvent;

export const accept =
  (dueOn: string): TaskStep =>
  (ids) => ({ type: 'ServiceTaskAccepted', data: { ...ids, dueOn, urgency: 'deadline' } });
export const complete =
  (beneficiaries: number): TaskStep =>
  (ids) => ({
    type: 'ServiceTaskCompleted',
    data: { ...ids, outcome: '已办结', beneficiaries, completedOn: '2025-03-28' },
  });
/** An unsatisfied rating reopens the task in the same commit, as the decider does. */
export const evaluate = (rating: number, raters: number): TaskStep[] => {
  const evaluated: TaskStep = (ids) => ({
    type: 'ServiceTaskEvaluated',
    data: {
      ...ids,
      rating,
      raters,
      comment: null,
      satisfied: rating >= SATISFIED_FROM,
      method: 'reported',
    },
  });
  if (rating >= SATISFIED_FROM) return [evaluated];
  return [
    evaluated,
    (ids) => ({ type: 'ServiceTaskReopened', data: { ...ids, reason: '退回重办' } }),
  ];
};
export const escalate =
  (reason: string): TaskStep =>
  (ids) => ({ type: 'ServiceTaskEscalated', data: { ...ids, reason } });
export const cancelTask: TaskStep = (ids) => ({
  type: 'ServiceTaskCancelled',
  data: { ...ids, reason: '需求已由其他渠道解决' },
});

export function task(
  campaignId: string,
  taskId: string,
  societyId: string,
  title: string,
  ...steps: (TaskStep | TaskStep[])[]
) {
  const ids = { taskId, societyId, campaignId };
  const proposed: ServiceTaskEvent = {
    type: 'ServiceTaskProposed',
    data: { ...ids, title, need: title, raisedBy: '会员代表', beneficiary: 'science-workers' },
  };
  return replay(serviceTaskProjection, `service-task-${taskId}`, [
    proposed,
    ...steps.flat().map((step) => step(ids)),
  ]);
}

/** Every campaign the specs build runs 2025-03-01 to 2025-04-30: one lecture, two tasks per society. */
export function campaign(campaignId: string, assignments: readonly CampaignEvent[]) {
  const events: CampaignEvent[] = [
    {
      type: 'CampaignDrafted',
      data: {
        campaignId,
        title: '学习贯彻全会精神宣讲暨“我为群众办实事”',
        description: null,
        startsOn: null,
        endsOn: null,
        issuedBy: '中共天津市科协科技社团委员会',
        issuedOn: '2025-02-20',
        documentNumber: '津科协社党发〔2025〕3号',
      },
    },
    {
      type: 'CampaignLaunched',
      data: {
        campaignId,
        startsOn: '2025-03-01',
        endsOn: '2025-04-30',
        targets: { lecturesPerSociety: 1, serviceTasksPerSociety: 2 },
      },
    },
    ...assignments,
  ];
  // One stream, two read models: the campaign document and its assignment rows.
  const [view] = replay(campaignProjection, `campaign-${campaignId}`, events);
  return {
    view: view as ReportInput['campaign'],
    assignments: replay(assignmentProjection, `campaign-${campaignId}`, events),
  };
}

export const assign = (
  campaignId: string,
  societyId: string,
  liaisonId: string,
): CampaignEvent => ({
  type: 'SocietyAssigned',
  data: { campaignId, societyId, liaisonId },
});
