import type { EventEnvelope } from '@pb/contracts';
import type { ServiceTaskStatus } from '@pb/domain';
import type { AssignmentView } from '../entities/campaign.view';
import type { LectureView } from '../entities/lecture.view';
import type { MemberView } from '../entities/member.view';
import type { ServiceTaskView } from '../entities/service-task.view';
import type { ReadModelStore, ViewDocument } from '../read-model-store.port';
import type { SocietyView } from '../society/society.view';

/** A service task as the status views keep it: enough to count it and to tell, when read, whether it is overdue. */
export interface TaskSummary {
  readonly taskId: string;
  readonly societyId: string;
  readonly campaignId: string | null;
  readonly status: ServiceTaskStatus;
  readonly dueOn: string | null;
  readonly escalated: boolean;
}

/** Service tasks that are done with, counted by state; only the open ones are kept one by one. */
export interface ClosedTaskCounts {
  readonly completed: number;
  readonly evaluated: number;
  readonly cancelled: number;
}

export const NO_CLOSED_TASKS: ClosedTaskCounts = { completed: 0, evaluated: 0, cancelled: 0 };

/** A task still to be worked on: the ones that can be overdue or escalated. */
export function isOpenTask(task: { readonly status: ServiceTaskStatus }): boolean {
  return task.status === 'proposed' || task.status === 'in-progress';
}

export interface LectureCounts {
  readonly scheduled: number;
  readonly delivered: number;
  readonly confirmed: number;
  readonly cancelled: number;
}

export interface SocietyStatusView extends ViewDocument {
  readonly societyId: string;
  readonly name: string;
  readonly status: 'registered' | 'deregistered';
  readonly hasPartyOrganisation: boolean;
  readonly partyOrganisationForm: string;
  /** The society's liaison in each campaign where it is currently assigned. */
  readonly campaigns: readonly { campaignId: string; liaisonId: string }[];
  readonly lectures: LectureCounts;
  readonly lastDeliveredOn: string | null;
  /** Party members and others, from the latest delivery record of delivered and confirmed lectures. */
  readonly audience: number;
  /** The open service tasks (proposed, in progress); the others are counted in closedTasks. */
  readonly tasks: readonly TaskSummary[];
  readonly closedTasks: ClosedTaskCounts;
  /** Every evaluation's rating, including those that reopened a task. */
  readonly ratings: readonly number[];
  /** The campaigns in which the society has a delivered or confirmed lecture. */
  readonly coveredCampaignIds: readonly string[];
  readonly lastActivityAt: string;
}

export interface MemberStatusView extends ViewDocument {
  readonly memberId: string;
  readonly name: string;
  readonly position: string;
  readonly status: 'active' | 'retired';
  readonly campaigns: readonly {
    campaignId: string;
    societyIds: readonly string[];
    coveredSocietyIds: readonly string[];
  }[];
  readonly lectures: LectureCounts;
  /**
   * The open service tasks in the societies currently assigned to the member; the
   * others are counted in closedTasks (a view that listed every task of every campaign
   * would grow without bound).
   */
  readonly tasks: readonly TaskSummary[];
  readonly closedTasks: ClosedTaskCounts;
  readonly lastActivityAt: string;
}

export const SOCIETY_STATUS = { name: 'society_status', indexes: ['status', 'name'] } as const;
export const MEMBER_STATUS = { name: 'member_status', indexes: ['status', 'name'] } as const;

const ALL = 100_000;
/** Status views recomputed per unit of writes by recomputeAll. */
const RECOMPUTE_CHUNK = 200;
/**
 * Views computed side by side where the store's calls overlap: on a MongoDB-wire server
 * each view costs a dozen round trips. On SQLite one at a time.
 */
const AT_ONCE = 16;

/** Runs `work` for every item, at most `atOnce` at a time; fails with the first failure. */
async function eachAtOnce<T>(
  items: readonly T[],
  atOnce: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
}

/** What a batch of events touched: the keys whose status views must be recomputed. */
export function touchedKeys(events: readonly EventEnvelope[]): {
  societyIds: Set<string>;
  memberIds: Set<string>;
} {
  const societyIds = new Set<string>();
  const memberIds = new Set<string>();
  for (const event of events) {
    if (event.societyId) societyIds.add(event.societyId);
    for (const id of event.memberIds) memberIds.add(id);
    if (event.streamId.startsWith('society-'))
      societyIds.add(event.streamId.slice('society-'.length));
    if (event.streamId.startsWith('member-')) memberIds.add(event.streamId.slice('member-'.length));
  }
  return { societyIds, memberIds };
}

function countLectures(lectures: readonly LectureView[]): LectureCounts {
  const count = (status: string) => lectures.filter((l) => l.status === status).length;
  return {
    scheduled: count('scheduled'),
    delivered: count('delivered'),
    confirmed: count('confirmed'),
    cancelled: count('cancelled'),
  };
}

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

function countClosed(tasks: readonly { readonly status: ServiceTaskStatus }[]): ClosedTaskCounts {
  const count = (status: ServiceTaskStatus) => tasks.filter((t) => t.status === status).length;
  return {
    completed: count('completed'),
    evaluated: count('evaluated'),
    cancelled: count('cancelled'),
  };
}

function addClosed(a: ClosedTaskCounts, b: ClosedTaskCounts): ClosedTaskCounts {
  return {
    completed: a.completed + b.completed,
    evaluated: a.evaluated + b.evaluated,
    cancelled: a.cancelled + b.cancelled,
  };
}

const isDelivered = (lecture: LectureView) =>
  lecture.status === 'delivered' || lecture.status === 'confirmed';
const latest = (dates: readonly string[]) =>
  dates.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);

/**
 * The level-2 status views, per society and per committee member. After each batch
 * the views of the keys the batch touched are recomputed from the level-1 documents,
 * not patched, so the order in which partitions deliver does not matter. Each is
 * written by compare-and-set on its version: a write that lost the race recomputes.
 */
export class StatusViews {
  constructor(private readonly views: ReadModelStore) {}

  private get atOnce(): number {
    return this.views.overlapsCalls ? AT_ONCE : 1;
  }

  async init(): Promise<void> {
    await this.views.ensureCollection(SOCIETY_STATUS);
    await this.views.ensureCollection(MEMBER_STATUS);
  }

  /** Recomputes every society's and every member's view: the end of a rebuild. */
  async recomputeAll(onProgress?: (done: number, total: number) => void): Promise<void> {
    const ids = async (collection: string) => {
      const out: string[] = [];
      let after: string | null = null;
      do {
        const page: { items: ViewDocument[]; next: string | null } = await this.views.find(
          collection,
          { limit: 1000, after },
        );
        out.push(...page.items.map((doc) => doc._id));
        after = page.next;
      } while (after);
      return out;
    };
    const societies = await ids('societies');
    const members = await ids('members');
    const total = societies.length + members.length;
    let done = 0;
    const recomputeIn = async (
      collection: string,
      ids: readonly string[],
      compute: (id: string) => Promise<{ doc: Omit<ViewDocument, '_version'> | null }>,
    ) => {
      // a unit of writes per chunk: on SQLite one transaction, not one per view
      for (let i = 0; i < ids.length; i += RECOMPUTE_CHUNK)
        await this.views.unitOfWork(() =>
          eachAtOnce(ids.slice(i, i + RECOMPUTE_CHUNK), this.atOnce, async (id) => {
            await this.writeWithRetry(collection, id, () => compute(id));
            onProgress?.(++done, total);
          }),
        );
    };
    await recomputeIn(SOCIETY_STATUS.name, societies, (id) => this.societyStatus(id));
    await recomputeIn(MEMBER_STATUS.name, members, (id) => this.memberStatus(id));
  }

  async recompute(events: readonly EventEnvelope[]): Promise<void> {
    await this.views.unitOfWork(() => this.recomputeTouched(events));
  }

  private async recomputeTouched(events: readonly EventEnvelope[]): Promise<void> {
    const { societyIds, memberIds } = touchedKeys(events);
    // Each view is its own compare-and-set, so they are computed side by side; the
    // members' after the societies', which they are built from.
    await eachAtOnce([...societyIds], this.atOnce, async (societyId) => {
      const liaisons = await this.writeWithRetry(SOCIETY_STATUS.name, societyId, () =>
        this.societyStatus(societyId),
      );
      for (const liaison of liaisons) memberIds.add(liaison);
    });
    await eachAtOnce([...memberIds], this.atOnce, (memberId) =>
      this.writeWithRetry(MEMBER_STATUS.name, memberId, () => this.memberStatus(memberId)),
    );
  }

  /** Reads the version, computes, writes only if the version did not move; else again. */
  private async writeWithRetry(
    collection: string,
    id: string,
    compute: () => Promise<{ doc: Omit<ViewDocument, '_version'> | null; liaisons?: string[] }>,
  ): Promise<string[]> {
    for (let attempt = 0; ; attempt++) {
      const before = await this.views.get(collection, id);
      const { doc, liaisons = [] } = await compute();
      if (!doc) return liaisons;
      const version = before?._version ?? 0;
      if (
        await this.views.putIfVersion(
          collection,
          { ...doc, _id: id, _version: version + 1 },
          before ? version : null,
        )
      )
        return liaisons;
      if (attempt >= 5)
        throw new Error(`status view ${collection}/${id} kept changing under concurrent writers`);
    }
  }

  private async societyStatus(societyId: string) {
    const society = await this.views.get<SocietyView>('societies', societyId);
    if (!society) return { doc: null };
    const [assignments, lectures, tasks] = await Promise.all([
      this.views.find<AssignmentView>('assignments', {
        where: { societyId, status: 'assigned' },
        limit: ALL,
      }),
      this.views.find<LectureView>('lectures', { where: { societyId }, limit: ALL }),
      this.views.find<ServiceTaskView>('service_tasks', { where: { societyId }, limit: ALL }),
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
      lectures: countLectures(lectures.items),
      lastDeliveredOn: latest(delivered.map((l) => l.delivery?.deliveredOn ?? '').filter(Boolean)),
      audience: delivered.reduce(
        (sum, l) =>
          sum + (l.delivery ? l.delivery.partyMemberAudience + l.delivery.otherAudience : 0),
        0,
      ),
      tasks: tasks.items.filter(isOpenTask).map(summarise),
      closedTasks: countClosed(tasks.items),
      ratings: tasks.items.flatMap((t) => t.evaluations.map((e) => e.rating)),
      coveredCampaignIds: [...new Set(delivered.map((l) => l.campaignId))],
      lastActivityAt:
        latest([
          society.updatedAt,
          ...assignments.items.map((a) => a.updatedAt),
          ...lectures.items.map((l) => l.updatedAt),
          ...tasks.items.map((t) => t.updatedAt),
        ]) ?? society.updatedAt,
    };
    return {
      doc: doc as Omit<ViewDocument, '_version'>,
      liaisons: campaigns.map((c) => c.liaisonId),
    };
  }

  /** Built from the society status views (read by `_id`), so it costs three reads whatever the member's societies. */
  private async memberStatus(memberId: string) {
    const member = await this.views.get<MemberView>('members', memberId);
    if (!member) return { doc: null };
    const [assignments, lectures] = await Promise.all([
      this.views.find<AssignmentView>('assignments', {
        where: { liaisonId: memberId, status: 'assigned' },
        limit: ALL,
      }),
      this.views.find<LectureView>('lectures', { where: { lecturerId: memberId }, limit: ALL }),
    ]);
    const societyIds = [...new Set(assignments.items.map((a) => a.societyId))];
    // getMany returns in no particular order; the view must not depend on it.
    const statuses = (
      await this.views.getMany<SocietyStatusView>(SOCIETY_STATUS.name, societyIds)
    ).sort((a, b) => (a._id < b._id ? -1 : 1));
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
      lectures: countLectures(lectures.items),
      tasks,
      closedTasks,
      lastActivityAt:
        latest([
          member.updatedAt,
          ...assignments.items.map((a) => a.updatedAt),
          ...lectures.items.map((l) => l.updatedAt),
        ]) ?? member.updatedAt,
    };
    return { doc: doc as Omit<ViewDocument, '_version'> };
  }
}
