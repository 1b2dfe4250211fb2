import type { AssignmentView } from '../entities/campaign.view';
import type { LectureView } from '../entities/lecture.view';
import type { MemberView } from '../entities/member.view';
import type { ServiceTaskView } from '../entities/service-task.view';
import type { SocietyView } from '../entities/society.view';
import type { ReadModelStore } from '../read-model-store.port';
import { readSocietyLife } from './life-status.compute';
import {
  audienceOf,
  countLecturesByState,
  countTasksByState,
  isDelivered,
  isOpenTask,
  lastDeliveredOn,
  latestDate,
} from './progress.rules';
import {
  NO_CLOSED_TASKS,
  SOCIETY_STATUS,
  type ClosedTaskCounts,
  type MemberStatusView,
  type SocietyStatusView,
  type TaskSummary,
} from './status.documents';
import { readMemberToDos, readSocietyYearly } from './yearly-status.compute';

/** A status view as computed, before the writer keys and versions it; null when its subject is unknown. */
export interface ComputedStatus<View> {
  readonly doc: Omit<View, '_id' | '_version'> | null;
  /** The liaisons whose member views read this society's view. */
  readonly liaisons?: readonly string[];
}

const ALL = 100_000;

function summarise(task: ServiceTaskView): TaskSummary {
  return {
    taskId: task.taskId,
    societyId: task.societyId,
    campaignId: task.campaignId,
    status: task.status,
    dueOn: task.dueOn,
    escalated: task.escalated,
  };
}

function countClosed(tasks: readonly ServiceTaskView[]): ClosedTaskCounts {
  const { completed, evaluated, cancelled } = countTasksByState(tasks);
  return { completed, evaluated, cancelled };
}

function addClosed(a: ClosedTaskCounts, b: ClosedTaskCounts): ClosedTaskCounts {
  return {
    completed: a.completed + b.completed,
    evaluated: a.evaluated + b.evaluated,
    cancelled: a.cancelled + b.cancelled,
  };
}

/** A society's status view, from its level-1 documents. */
export async function societyStatus(
  views: ReadModelStore,
  societyId: string,
): Promise<ComputedStatus<SocietyStatusView>> {
  const society = await views.get<SocietyView>('societies', societyId);
  if (!society) return { doc: null };
  const [assignments, lectures, tasks, yearly, life] = await Promise.all([
    views.find<AssignmentView>('assignments', {
      where: { societyId, status: 'assigned' },
      limit: ALL,
    }),
    views.find<LectureView>('lectures', { where: { societyId }, limit: ALL }),
    views.find<ServiceTaskView>('service_tasks', { where: { societyId }, limit: ALL }),
    readSocietyYearly(views, societyId),
    readSocietyLife(views, society),
  ]);
  const delivered = lectures.items.filter(isDelivered);
  const campaigns = assignments.items.map((a) => ({
    campaignId: a.campaignId,
    liaisonId: a.liaisonId as string,
  }));
  const doc: Omit<SocietyStatusView, '_id' | '_version'> = {
    societyId,
    name: society.name,
    status: society.status,
    hasPartyOrganisation: society.partyOrganisation.form !== 'none',
    partyOrganisationForm: society.partyOrganisation.form,
    campaigns,
    lectures: countLecturesByState(lectures.items),
    lastDeliveredOn: lastDeliveredOn(delivered),
    audience: delivered.reduce((sum, l) => sum + audienceOf(l), 0),
    tasks: tasks.items.filter(isOpenTask).map(summarise),
    closedTasks: countClosed(tasks.items),
    ratings: tasks.items.flatMap((t) => t.evaluations.map((e) => e.rating)),
    coveredCampaignIds: [...new Set(delivered.map((l) => l.campaignId))],
    ...yearly,
    life,
    lastActivityAt:
      latestDate([
        society.updatedAt,
        ...assignments.items.map((a) => a.updatedAt),
        ...lectures.items.map((l) => l.updatedAt),
        ...tasks.items.map((t) => t.updatedAt),
      ]) ?? society.updatedAt,
  };
  return { doc, liaisons: campaigns.map((c) => c.liaisonId) };
}

/**
 * Built from the society status views (read by `_id`), so its campaign figures cost three
 * reads whatever the member's societies; its to-dos read the rounds in review and the
 * member's batches.
 */
export async function memberStatus(
  views: ReadModelStore,
  memberId: string,
): Promise<ComputedStatus<MemberStatusView>> {
  const member = await views.get<MemberView>('members', memberId);
  if (!member) return { doc: null };
  const [assignments, lectures] = await Promise.all([
    views.find<AssignmentView>('assignments', {
      where: { liaisonId: memberId, status: 'assigned' },
      limit: ALL,
    }),
    views.find<LectureView>('lectures', { where: { lecturerId: memberId }, limit: ALL }),
  ]);
  const societyIds = [...new Set(assignments.items.map((a) => a.societyId))];
  const [unordered, toDos] = await Promise.all([
    views.getMany<SocietyStatusView>(SOCIETY_STATUS.name, societyIds),
    readMemberToDos(views, memberId, new Set(societyIds)),
  ]);
  // getMany returns in no particular order; the view must not depend on it.
  const statuses = unordered.sort((a, b) => (a._id < b._id ? -1 : 1));
  const tasks = statuses.flatMap((status) => status.tasks);
  const closedTasks = statuses.reduce<ClosedTaskCounts>(
    (sum, status) => addClosed(sum, status.closedTasks ?? NO_CLOSED_TASKS),
    NO_CLOSED_TASKS,
  );
  const covered = new Set(
    statuses.flatMap((status) =>
      status.coveredCampaignIds.map((campaignId) => `${campaignId}:${status.societyId}`),
    ),
  );
  const byCampaign = new Map<string, string[]>();
  for (const a of assignments.items)
    byCampaign.set(a.campaignId, [...(byCampaign.get(a.campaignId) ?? []), a.societyId]);
  const doc: Omit<MemberStatusView, '_id' | '_version'> = {
    memberId,
    name: member.name,
    position: member.position,
    status: member.status,
    campaigns: [...byCampaign].map(([campaignId, ids]) => ({
      campaignId,
      societyIds: ids,
      coveredSocietyIds: ids.filter((id) => covered.has(`${campaignId}:${id}`)),
    })),
    lectures: countLecturesByState(lectures.items),
    tasks,
    closedTasks,
    ...toDos,
    lastActivityAt:
      latestDate([
        member.updatedAt,
        ...assignments.items.map((a) => a.updatedAt),
        ...lectures.items.map((l) => l.updatedAt),
      ]) ?? member.updatedAt,
  };
  return { doc };
}
