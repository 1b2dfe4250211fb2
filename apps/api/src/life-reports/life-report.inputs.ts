import { DEFAULT_LIFE_REQUIREMENTS, DEFAULT_VITALITY_WEIGHTS } from '@pb/domain';
import type {
  AssignedCampaignInput,
  CoverageSocietyInput,
  LectureInput,
  PublishedStars,
  RectificationInput,
  RequirementTable,
  ServiceTaskInput,
  VitalitySocietyInput,
  VitalityWeights,
} from '@pb/projections';
import { dateIn } from '../reports/report-clock';
import type { LifeReportInput, LifeSocietyView } from './life-report.input';

/** A society with everything the rules of life, coverage and vitality read of it. */
export type LifeSocietyInput = VitalitySocietyInput & CoverageSocietyInput;

/** The views turned into the rules' inputs: every society's, and the year's table and weights. */
export interface LifeReading {
  readonly societies: readonly LifeSocietyInput[];
  readonly table: RequirementTable;
  /** True when the office set no table for the year: the domain's default holds. */
  readonly tableIsDefault: boolean;
  readonly weights: VitalityWeights;
  readonly weightsAreDefault: boolean;
}

function bySociety<T extends { readonly societyId: string }>(items: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.societyId);
    if (group) group.push(item);
    else groups.set(item.societyId, [item]);
  }
  return (societyId: string): readonly T[] => groups.get(societyId) ?? [];
}

/** The campaigns each society is assigned in (not withdrawn), with their per-society targets. */
function assignedCampaigns(input: LifeReportInput) {
  const campaigns = new Map(
    input.campaigns.map((c): [string, AssignedCampaignInput] => [
      c.campaignId,
      {
        campaignId: c.campaignId,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        lecturesPerSociety: c.targets?.lecturesPerSociety ?? 0,
        serviceTasksPerSociety: c.targets?.serviceTasksPerSociety ?? 0,
      },
    ]),
  );
  return bySociety(
    input.assignments
      .filter((row) => row.status === 'assigned' && campaigns.has(row.campaignId))
      .map((row) => ({ societyId: row.societyId, campaign: campaigns.get(row.campaignId)! })),
  );
}

/**
 * The rules' inputs from the views. Instants (an acceptance, an evaluation, a rectification's
 * 销号) become dates in the federation's time zone here, as the rules expect.
 */
export function lifeReading(input: LifeReportInput, timeZone: string): LifeReading {
  const dayOf = (instant: string) => dateIn(new Date(instant), timeZone);
  const on = (instant: string | null) => (instant === null ? null : dayOf(instant));
  const campaigns = assignedCampaigns(input);
  const records = bySociety(input.records);
  const lectures = bySociety(
    input.lectures.map((l): LectureInput => ({
      lectureId: l.lectureId,
      societyId: l.societyId,
      campaignId: l.campaignId,
      status: l.status,
      deliveredOn: l.delivery?.deliveredOn ?? null,
    })),
  );
  const tasks = bySociety(
    input.tasks.map((t): ServiceTaskInput => ({
      taskId: t.taskId,
      societyId: t.societyId,
      status: t.status,
      acceptedOn: on(t.acceptedAt),
      completedOn: t.completedOn,
      evaluations: t.evaluations.map((e) => ({ rating: e.rating, on: dayOf(e.at) })),
    })),
  );
  const rectifications = bySociety(
    input.inspections.flatMap((c) =>
      c.items.map((item): RectificationInput & { societyId: string } => ({
        societyId: c.societyId,
        itemId: item.itemId,
        dueOn: item.dueOn,
        status: item.status,
        acceptedOn: on(item.acceptedAt),
      })),
    ),
  );
  const publishedOn = new Map(input.rounds.map((r) => [r.roundId, r.publishedOn]));
  const ratings = bySociety(
    input.ratings.map((r): PublishedStars & { societyId: string } => ({
      societyId: r.societyId,
      roundId: r.roundId,
      publishedOn: publishedOn.get(r.roundId) ?? null,
      decision: r.decision,
      changes: r.changes,
    })),
  );
  const society = (s: LifeSocietyView): LifeSocietyInput => ({
    societyId: s.societyId,
    name: s.name,
    registered: s.status === 'registered',
    seats: s.organisations,
    instructors: s.instructorPosts,
    records: records(s.societyId),
    campaigns: campaigns(s.societyId).map((row) => row.campaign),
    lectures: lectures(s.societyId),
    tasks: tasks(s.societyId),
    rectifications: rectifications(s.societyId),
    ratings: ratings(s.societyId),
  });
  return {
    societies: input.societies.map(society),
    table: input.requirements ?? DEFAULT_LIFE_REQUIREMENTS,
    tableIsDefault: input.requirements === null,
    weights: input.weights?.weights ?? DEFAULT_VITALITY_WEIGHTS,
    weightsAreDefault: input.weights === null,
  };
}
