import { compareChinese, compareCodeUnits, inChineseOrder, mean, rate, sum } from '@pb/common';
import type { CampaignTargets } from '@pb/domain';
import type { ReportAssignment, ReportMember, ReportSociety } from './campaign-report';
import type {
  CampaignReport,
  ReportInput,
  ReportOptions,
  ReportTotals,
  SocietyRow,
} from './campaign-report';
import { excludedWorkOf } from './excluded-work';
import { byLiaison, liaisonRows } from './liaison-rows';
import { dateIn, isPastMidpoint } from './report-clock';
import { ReportInputIncomplete } from './report-input-incomplete';
import { tallySociety, type SocietyTally } from './society-tally';

const NO_TARGETS: CampaignTargets = { lecturesPerSociety: 0, serviceTasksPerSociety: 0 };

/**
 * The committee's progress report for one campaign, computed from level-1 read models.
 * Pure: the views must already reflect the as-of moment; `asOf` only sets the clock that
 * overdue, the midpoint and red/yellow/green are read against.
 */
export function computeCampaignReport(input: ReportInput, options: ReportOptions): CampaignReport {
  const { campaign } = input;
  const campaignId = campaign.campaignId;
  const asOfDate = dateIn(options.asOf, options.timeZone);
  const clockDate = dateIn(clockMoment(campaign, options.asOf), options.timeZone);
  const clock = {
    asOfDate: clockDate,
    pastMidpoint: isPastMidpoint(campaign.startsOn, campaign.endsOn, clockDate),
    targets: campaign.targets ?? NO_TARGETS,
  };
  const societies = new Map(input.societies.map((s) => [s.societyId, s]));
  const members = new Map(input.members.map((m) => [m.memberId, m]));
  // The input should hold this campaign only; filtering keeps a careless caller honest.
  const current = input.assignments.filter(
    (a): a is ReportAssignment & { liaisonId: string } =>
      a.campaignId === campaignId && a.status === 'assigned' && a.liaisonId !== null,
  );
  const known = requireKnown(current, societies, members);
  const lectures = groupBy(
    input.lectures.filter((l) => l.campaignId === campaignId),
    (l) => l.societyId,
  );
  const tasks = groupBy(
    input.tasks.filter((t) => t.campaignId === campaignId),
    (t) => t.societyId,
  );
  const inspections = groupBy(input.inspections, (i) => i.societyId);

  const tallies = known
    .filter(({ society }) => society.status === 'registered')
    .map(({ society, liaison }) =>
      tallySociety(
        society,
        liaison,
        lectures.get(society.societyId) ?? [],
        tasks.get(society.societyId) ?? [],
        inspections.get(society.societyId) ?? [],
        clock,
      ),
    );
  const byName = inChineseOrder(
    tallies.map((t) => t.row),
    (r) => r.name,
    (r) => r.societyId,
  );
  const liaisons = liaisonRows(byName, members);
  const societyOrder = options.societyOrder ?? 'name';
  const rows = societyOrder === 'liaison' ? byLiaison(byName, liaisons) : byName;
  const assignedIds = new Set(current.map((a) => a.societyId));

  return {
    campaign: {
      id: campaignId,
      title: campaign.title,
      status: campaign.status,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      targets: campaign.targets,
      // A view projected before schema version 2 has none until the read models are rebuilt.
      issuedBy: campaign.issuedBy ?? null,
      issuedOn: campaign.issuedOn ?? null,
      documentNumber: campaign.documentNumber ?? null,
    },
    asOf: options.asOf.toISOString(),
    asOfDate,
    clockDate,
    societyOrder,
    totals: totalsOf(tallies),
    liaisons,
    societies: rows,
    excludedWork: excludedWorkOf(
      new Set(byName.map((r) => r.societyId)),
      input.assignments.filter((a) => a.campaignId === campaignId),
      lectures,
      tasks,
      societies,
    ),
    deregistered: inChineseOrder(
      known
        .filter(({ society }) => society.status === 'deregistered')
        .map(({ society, liaison }) => ({
          societyId: society.societyId,
          name: society.name,
          liaisonId: liaison.memberId,
          liaisonName: liaison.name,
        })),
      (r) => r.name,
      (r) => r.societyId,
    ),
    unassigned: inChineseOrder(
      input.societies
        .filter((s) => s.status === 'registered' && !assignedIds.has(s.societyId))
        .map(({ societyId, name, kind }) => ({ societyId, name, kind })),
      (r) => r.name,
      (r) => r.societyId,
    ),
    missingLecture: rows.filter((r) => r.lecturesDelivered === 0).map(missing),
    missingTasks: rows
      .filter((r) => r.tasksAccepted < clock.targets.serviceTasksPerSociety)
      .map((r) => ({ ...missing(r), tasksAccepted: r.tasksAccepted })),
    overdue: tallies
      .flatMap((t) => t.overdue)
      .sort(
        (a, b) =>
          longestOverdueFirst(a, b) ||
          compareChinese(a.title, b.title) ||
          compareCodeUnits(a.taskId, b.taskId),
      ),
    escalated: tallies
      .flatMap((t) => t.escalated)
      .sort(
        (a, b) =>
          compareChinese(a.societyName, b.societyName) ||
          compareChinese(a.title, b.title) ||
          compareCodeUnits(a.taskId, b.taskId),
      ),
    overdueRectifications: tallies
      .flatMap((t) => t.overdueRectifications)
      .sort((a, b) => longestOverdueFirst(a, b) || compareCodeUnits(a.itemId, b.itemId)),
  };
}

/** A closed campaign's clock stopped at its close: nothing falls overdue after it. */
function clockMoment(campaign: ReportInput['campaign'], asOf: Date): Date {
  if (campaign.status !== 'closed' || campaign.closedAt === null) return asOf;
  const closedAt = new Date(campaign.closedAt);
  return closedAt < asOf ? closedAt : asOf;
}

type Overdue = { readonly daysOverdue: number; readonly societyName: string };

/** The longest overdue first, then by society: that is who gets the call. */
function longestOverdueFirst(a: Overdue, b: Overdue): number {
  return b.daysOverdue - a.daysOverdue || compareChinese(a.societyName, b.societyName);
}

function requireKnown(
  current: readonly (ReportAssignment & { liaisonId: string })[],
  societies: ReadonlyMap<string, ReportSociety>,
  members: ReadonlyMap<string, ReportMember>,
): { society: ReportSociety; liaison: ReportMember }[] {
  const missingSocieties = current.filter((a) => !societies.has(a.societyId));
  const missingMembers = current.filter((a) => !members.has(a.liaisonId));
  if (missingSocieties.length > 0 || missingMembers.length > 0)
    throw new ReportInputIncomplete(
      missingSocieties.map((a) => a.societyId),
      [...new Set(missingMembers.map((a) => a.liaisonId))],
    );
  return current.map((a) => ({
    society: societies.get(a.societyId) as ReportSociety,
    liaison: members.get(a.liaisonId) as ReportMember,
  }));
}

function totalsOf(tallies: readonly SocietyTally[]): ReportTotals {
  const rows = tallies.map((t) => t.row);
  const count = (figure: (row: SocietyRow) => number) => sum(rows, figure);
  const tasks = {
    proposed: count((r) => r.tasksByState.proposed),
    inProgress: count((r) => r.tasksByState.inProgress),
    completed: count((r) => r.tasksByState.completed),
    evaluated: count((r) => r.tasksByState.evaluated),
    cancelled: count((r) => r.tasksByState.cancelled),
    total: count((r) => r.tasksByState.total),
  };
  const covered = rows.filter((r) => r.lecturesDelivered > 0).length;
  const done = tasks.completed + tasks.evaluated;
  return {
    societiesAssigned: rows.length,
    societiesCovered: covered,
    coverage: rate(covered, rows.length),
    lecturesScheduled: count((r) => r.lecturesScheduled),
    lecturesDelivered: count((r) => r.lecturesDelivered),
    lecturesConfirmed: count((r) => r.lecturesConfirmed),
    lecturesCancelled: sum(tallies, (t) => t.lecturesCancelled),
    audience: count((r) => r.audience),
    tasks,
    overdueTasks: count((r) => r.overdueTasks),
    escalatedTasks: count((r) => r.escalatedTasks),
    completionRate: rate(done, tasks.total - tasks.cancelled),
    evaluationRate: rate(tasks.evaluated, done),
    // Every evaluation once, not a mean of the societies' means.
    averageRating: mean(tallies.flatMap((t) => t.ratings)),
    beneficiaries: sum(tallies, (t) => t.beneficiaries),
    status: {
      red: rows.filter((r) => r.status === 'red').length,
      yellow: rows.filter((r) => r.status === 'yellow').length,
      green: rows.filter((r) => r.status === 'green').length,
    },
  };
}

function missing(row: SocietyRow) {
  return {
    societyId: row.societyId,
    name: row.name,
    liaisonId: row.liaisonId,
    liaisonName: row.liaisonName,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}
