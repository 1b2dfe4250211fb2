/**
 * What the liaison's society list reads: the launched campaigns, the societies assigned
 * to the liaison in one of them, and per society that campaign's lectures and service
 * tasks, counted as the campaign report counts them against the targets (docs/reports.md:
 * a lecture counts once delivered, confirmed or not; a task once accepted).
 */
import { getAll } from '../../api';
import type { Lecture } from '../../lectures';

export interface Targets {
  readonly lecturesPerSociety: number;
  readonly serviceTasksPerSociety: number;
}

export interface CampaignSummary {
  readonly campaignId: string;
  readonly title: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly targets: Targets | null;
}

export interface SocietyStatus {
  readonly id: string;
  readonly name: string;
}

interface ServiceTask {
  readonly status: 'proposed' | 'in-progress' | 'completed' | 'evaluated' | 'cancelled';
}

export interface MySociety {
  readonly id: string;
  readonly name: string;
  readonly lectures: readonly Lecture[];
  readonly counts: { scheduled: number; awaiting: number; returned: number; confirmed: number };
  readonly tasksAccepted: number;
  readonly lacksLectures: number;
  readonly lacksTasks: number;
}

export const launchedCampaigns = () => getAll<CampaignSummary>('/campaigns?status=launched');

const ACCEPTED = new Set(['in-progress', 'completed', 'evaluated']);

async function societyIn(campaign: CampaignSummary, society: SocietyStatus): Promise<MySociety> {
  const scope = `campaignId=${campaign.campaignId}&societyId=${society.id}`;
  const [lectures, tasks] = await Promise.all([
    getAll<Lecture>(`/lectures?${scope}`),
    getAll<ServiceTask>(`/service-tasks?${scope}`),
  ]);
  const count = (keep: (lecture: Lecture) => boolean) => lectures.filter(keep).length;
  const counts = {
    scheduled: count((l) => l.status === 'scheduled'),
    awaiting: count((l) => l.status === 'delivered' && !l.returnedFor),
    returned: count((l) => l.status === 'delivered' && !!l.returnedFor),
    confirmed: count((l) => l.status === 'confirmed'),
  };
  const delivered = counts.awaiting + counts.returned + counts.confirmed;
  const tasksAccepted = tasks.filter((task) => ACCEPTED.has(task.status)).length;
  const targets = campaign.targets ?? { lecturesPerSociety: 0, serviceTasksPerSociety: 0 };
  return {
    id: society.id,
    name: society.name,
    lectures: lectures.filter((l) => l.status !== 'cancelled'),
    counts,
    tasksAccepted,
    lacksLectures: Math.max(0, targets.lecturesPerSociety - delivered),
    lacksTasks: Math.max(0, targets.serviceTasksPerSociety - tasksAccepted),
  };
}

/** The societies assigned to the liaison in the campaign, as the society list answers. */
export const assignedSocieties = (campaignId: string, memberId: string) =>
  getAll<SocietyStatus>(`/societies?campaignId=${campaignId}&liaisonId=${memberId}`);

/** The societies assigned to `memberId` in the campaign, in zh-CN order of their names. */
export async function mySocieties(
  campaign: CampaignSummary,
  memberId: string,
): Promise<MySociety[]> {
  const societies = await assignedSocieties(campaign.campaignId, memberId);
  const collator = new Intl.Collator('zh-CN');
  const rows = await Promise.all(societies.map((society) => societyIn(campaign, society)));
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** 尚缺宣讲 1 场、办实事 2 件, or null when every target is met. */
export function lacking(society: MySociety): string | null {
  const parts = [
    society.lacksLectures > 0 ? `宣讲 ${society.lacksLectures} 场` : '',
    society.lacksTasks > 0 ? `办实事 ${society.lacksTasks} 件` : '',
  ].filter(Boolean);
  return parts.length ? `尚缺${parts.join('、')}` : null;
}
