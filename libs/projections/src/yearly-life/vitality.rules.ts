import { mean, round, sum } from '@pb/common';
import { MAX_STARS, isRectificationOverdue } from '@pb/domain';
import { isDoneTask } from '../status/progress.rules';
import { currentStarsOn, type PublishedStars } from '../status/yearly.rules';
import {
  isWithin,
  measuredWindow,
  periodBounds,
  type DateWindow,
  type LifePeriod,
} from './life-period.rules';
import { periodAttendance, periodLife, type SocietyLifeInput } from './life-slots.rules';
import { isDeliveredIn, ofSociety } from './work-coverage.rules';
import type {
  AssignedCampaignInput,
  LectureInput,
  NamedSociety,
  RectificationInput,
  RequirementTable,
  ServiceTaskInput,
  SocietyInput,
  VitalityWeights,
} from './yearly-life.inputs';

/**
 * Everything a society's vitality is read from. `campaigns` are those it is assigned in;
 * `campaigns`, `rectifications` and `ratings` are its own, as the caller reads them.
 */
export interface VitalitySocietyInput extends SocietyInput, SocietyLifeInput {
  readonly campaigns: readonly AssignedCampaignInput[];
  readonly lectures: readonly LectureInput[];
  readonly tasks: readonly ServiceTaskInput[];
  readonly rectifications: readonly RectificationInput[];
  readonly ratings: readonly PublishedStars[];
}

/** The period scored, the day it is measured up to, and the year's table and weights. */
export interface VitalityOptions {
  readonly period: LifePeriod;
  readonly asOf: string;
  readonly table: RequirementTable;
  readonly weights: VitalityWeights;
}

export type VitalityComponentName = keyof VitalityWeights;

/** One component as shown: its inputs, its ratio in [0, 1] (4 decimals) and its points (2). */
export interface VitalityComponent {
  readonly component: VitalityComponentName;
  readonly weight: number;
  readonly inputs: Readonly<Record<string, number | null>>;
  readonly ratio: number;
  readonly points: number;
}

export interface Vitality extends NamedSociety {
  readonly period: LifePeriod;
  readonly asOf: string;
  /** The sum of the components' points, out of 100. */
  readonly score: number;
  readonly components: readonly VitalityComponent[];
}

/** A component before it is weighed: its ratio unrounded, so that points round only once. */
interface Measured {
  readonly inputs: Readonly<Record<string, number | null>>;
  readonly ratio: number;
}

type Reading = { readonly society: VitalitySocietyInput; readonly window: DateWindow | null };

const share = (part: number, whole: number) => (whole > 0 ? Math.min(part / whole, 1) : 0);

/** Campaigns whose period meets the measured window; an open end meets everything on its side. */
function campaignsIn(
  campaigns: readonly AssignedCampaignInput[],
  window: DateWindow | null,
): AssignedCampaignInput[] {
  if (window === null) return [];
  return campaigns.filter(
    (c) =>
      (c.startsOn === null || c.startsOn <= window.to) &&
      (c.endsOn === null || c.endsOn >= window.from),
  );
}

function lectures({ society, window }: Reading): Measured {
  const campaigns = campaignsIn(society.campaigns, window);
  const counted = new Set(campaigns.map((c) => c.campaignId));
  const delivered = ofSociety(society.societyId)(society.lectures).filter(
    (lecture) => counted.has(lecture.campaignId) && isDeliveredIn(lecture, window),
  ).length;
  const target = sum(campaigns, (c) => c.lecturesPerSociety);
  return { inputs: { delivered, target }, ratio: share(delivered, target) };
}

/** Each task's latest evaluation given in the window. */
function ratingsIn(tasks: readonly ServiceTaskInput[], window: DateWindow | null): number[] {
  return tasks.flatMap((task) => {
    const latest = task.evaluations.filter((e) => isWithin(e.on, window)).at(-1);
    return latest === undefined ? [] : [latest.rating];
  });
}

function serviceTasks({ society, window }: Reading): Measured {
  const tasks = ofSociety(society.societyId)(society.tasks);
  const completed = tasks.filter(
    (task) => isDoneTask(task) && isWithin(task.completedOn, window),
  ).length;
  const target = sum(campaignsIn(society.campaigns, window), (c) => c.serviceTasksPerSociety);
  const ratings = ratingsIn(tasks, window);
  const meanRating = mean(ratings);
  return {
    inputs: { completed, target, evaluated: ratings.length, meanRating },
    ratio: share(completed, target) / 2 + (meanRating ?? 0) / 5 / 2,
  };
}

/**
 * Items due in the window and settled by the as-of day: accepted, or overdue. An item due
 * on the as-of day itself and still open may yet be accepted on time, so it waits.
 */
function rectifications({ society, window }: Reading, asOf: string): Measured {
  const due = society.rectifications.filter(
    (item) =>
      isWithin(item.dueOn, window) &&
      (item.status === 'accepted' || isRectificationOverdue(item, asOf)),
  );
  const acceptedOnTime = due.filter(
    (item) =>
      item.status === 'accepted' && item.acceptedOn !== null && item.acceptedOn <= item.dueOn,
  ).length;
  // Nothing due is nothing left undone: the full ratio.
  return {
    inputs: { due: due.length, acceptedOnTime },
    ratio: due.length === 0 ? 1 : acceptedOnTime / due.length,
  };
}

function stars(society: VitalitySocietyInput, period: LifePeriod, asOf: string): Measured {
  const last = periodBounds(period).to;
  const current = currentStarsOn(society.ratings, asOf < last ? asOf : last).stars;
  return { inputs: { stars: current, outOf: MAX_STARS }, ratio: (current ?? 0) / MAX_STARS };
}

function measure(society: VitalitySocietyInput, options: VitalityOptions) {
  const { period, asOf, table } = options;
  const reading = { society, window: measuredWindow(period, asOf) };
  const life = periodLife(society, table, period, asOf);
  const attendance = periodAttendance(society, period, asOf);
  return {
    lifeCompleteness: {
      inputs: { met: life.met, slots: life.slots },
      ratio: share(life.met, life.slots),
    },
    attendance: {
      inputs: { present: attendance.present, expected: attendance.expected },
      ratio: share(attendance.present, attendance.expected),
    },
    lectures: lectures(reading),
    serviceTasks: serviceTasks(reading),
    rectifications: rectifications(reading, asOf),
    stars: stars(society, period, asOf),
  } satisfies Record<VitalityComponentName, Measured>;
}

const COMPONENTS: readonly VitalityComponentName[] = [
  'lifeCompleteness',
  'attendance',
  'lectures',
  'serviceTasks',
  'rectifications',
  'stars',
];

/**
 * 组织活力 of a society in a quarter or a year measured up to `asOf`: each component a
 * ratio in [0, 1] times its weight, points to 2 decimals, the score their sum.
 */
export function vitalityOf(society: VitalitySocietyInput, options: VitalityOptions): Vitality {
  const measured = measure(society, options);
  const components = COMPONENTS.map((component): VitalityComponent => {
    const { inputs, ratio } = measured[component];
    const weight = options.weights[component];
    return { component, weight, inputs, ratio: round(ratio, 4), points: round(ratio * weight, 2) };
  });
  return {
    societyId: society.societyId,
    name: society.name,
    period: options.period,
    asOf: options.asOf,
    score: round(
      sum(components, (c) => c.points),
      2,
    ),
    components,
  };
}
