import { DEFAULT_VITALITY_WEIGHTS } from '@pb/domain';
import type { ApiClient } from './api-client';
import { lifeReader, named } from './life-expectations';
import { ALL_WITHDRAWN, COMPLETE, presentOf, range, SILENT, WEIGHTS_2025 } from './life-plan';
import type { LifeScenario } from './life-scenario';

type Row = [rank: number, society: number, score: number];
const rows = (ranks: readonly Row[]) =>
  ranks.map(([rank, i, score]) => [rank, named([i])[0], score]);
const tied = (rank: number, indexes: readonly number[], score: number): Row[] =>
  indexes.map((i) => [rank, i, score]);
const breakdown = (society: any) =>
  society.components.map((c: any) => [c.component, c.weight, c.inputs, c.ratio, c.points]);

/** Societies with slots neither complete nor silent, besides 13 and 48: lagging all year. */
const LAGGING = range(0, 64).filter(
  (i) => !COMPLETE.includes(i) && !SILENT.includes(i) && i !== 13 && i !== ALL_WITHDRAWN,
);

/** Today's bottom of 2025: 37 societies at only the rectifications' 5 points. */
const BOTTOM = [9, 19, 48, 49, ...range(70, 89), ...range(91, 103)];

/**
 * 组织活力 of 2025, today with the office's weights (life 40, attendance 10, lectures 20,
 * tasks 10, rectifications 5, stars 15), as of the moment between the phases with the
 * defaults (30, 10, 15, 20, 10, 15), the weights being set in the second phase. No
 * inspection: no rectification is due, full points for every society. A task evaluated
 * today is not evaluated in 2025, so the tasks' evaluation half is 0 throughout.
 *
 * Today: a complete society without campaign or stars scores 40 + 10 × attendance + 5;
 * 56 (complete joint branch): 40 + 10 + 20 (2 of 2 lectures) + 5 (1 of 1 task completed,
 * halved) + 5 + 15 (8 stars) = 95; 0: 40 + 10 + 20 + 5 + 5 + 11.25 (6 stars) = 91.25; 21:
 * 37.5 (15 of 16) + 10 + 10 (1 of 2: its December 2024 lecture is outside) + 0 + 5 + 7.5
 * (4 stars) = 70; 1: 54.5, its 8 stars withdrawn from October (0 on 31 December); 24: 37.5
 * + 8.5 + 5 = 51; 13: 28 (14 of 20) + 7 + 5 + 7.5 = 47.5. Lagging: 25 + 10 × attendance for
 * the branches, general and joint branches at half their slots, the best 35 (28, 35, 42,
 * 63 at 20 of 20); committees with groups 10 + ..., without 16 + ... .
 */
export async function expectVitality(client: ApiClient, scenario: LifeScenario) {
  const { get, id } = lifeReader(client, scenario);
  const live = await get('/vitality?period=2025');
  expect([live.weights, live.weightsAreDefault, live.tableIsDefault]).toEqual([
    WEIGHTS_2025,
    false,
    false,
  ]);
  const ranking = live.ranking.map((r: any) => [r.rank, r.name, r.score]);
  expect(ranking).toHaveLength(104);
  expect(ranking.slice(0, 26)).toEqual(
    rows([
      [1, 56, 95],
      [2, 0, 91.25],
      [3, 21, 70],
      ...tied(4, [1, 22, 50, 57], 54.5),
      ...tied(8, [2, 23, 51, 58], 54),
      ...tied(12, [10, 59], 53.5),
      ...tied(14, [11, 25], 53),
      ...tied(16, [12, 26], 52.5),
      ...tied(18, [20, 27, 55], 52),
      [21, 24, 51],
      [22, 13, 47.5],
      ...tied(23, [28, 35, 42, 63], 35),
    ]),
  );
  // Ranks 27..61: the other lagging societies, each at its share of slots × 40 + 10 ×
  // attendance + 5 (3 with its theme days at 0.9).
  const lifePoints = (i: number) => (i < 10 ? 10 : i < 20 ? 16 : 20);
  const attendance = (i: number) => (i === 3 ? 0.9 : presentOf(i) / 20);
  const scoreOf = new Map(live.ranking.map((r: any) => [r.name, r.score]));
  expect(LAGGING.map((i) => scoreOf.get(named([i])[0]))).toEqual(
    LAGGING.map((i) => lifePoints(i) + 10 * attendance(i) + 5),
  );
  // The bottom: 90 only its lecture (10) and the rectifications (5); the work groups 65..69
  // their attendance (18..14 of 20) and 5; 37 societies only the rectifications' 5.
  expect(ranking.slice(61)).toEqual(
    rows([
      [62, 90, 15],
      [63, 65, 14],
      [64, 66, 13.5],
      [65, 67, 13],
      [66, 68, 12.5],
      [67, 69, 12],
      ...tied(68, BOTTOM, 5),
    ]),
  );

  const of = (report: any, i: number) => report.ranking.find((r: any) => r.societyId === id(i));
  expect(breakdown(of(live, 56))).toEqual([
    ['lifeCompleteness', 40, { met: 8, slots: 8 }, 1, 40],
    ['attendance', 10, { present: 160, expected: 160 }, 1, 10],
    ['lectures', 20, { delivered: 2, target: 2 }, 1, 20],
    ['serviceTasks', 10, { completed: 1, target: 1, evaluated: 0, meanRating: null }, 0.5, 5],
    ['rectifications', 5, { due: 0, acceptedOnTime: 0 }, 1, 5],
    ['stars', 15, { stars: 8, outOf: 8 }, 1, 15],
  ]);
  expect(breakdown(of(live, 21))).toEqual([
    ['lifeCompleteness', 40, { met: 15, slots: 16 }, 0.9375, 37.5],
    ['attendance', 10, { present: 300, expected: 300 }, 1, 10],
    ['lectures', 20, { delivered: 1, target: 2 }, 0.5, 10],
    ['serviceTasks', 10, { completed: 0, target: 1, evaluated: 0, meanRating: null }, 0, 0],
    ['rectifications', 5, { due: 0, acceptedOnTime: 0 }, 1, 5],
    ['stars', 15, { stars: 4, outOf: 8 }, 0.5, 7.5],
  ]);
  expect(of(live, 0).components[5]).toMatchObject({ inputs: { stars: 6 }, points: 11.25 });
  expect(of(live, 1).components[5]).toMatchObject({ inputs: { stars: 0 }, points: 0 });
  await expectVitalityInStatus(client, scenario);
  await expectVitalityThen(client, scenario);
}

/**
 * The status of a named society shows its 2025 score and rank as the ranking above; the
 * list kept by rank keeps all four sharing rank 4, the one kept by score the bottom (69 at
 * 12 is not below 12).
 */
async function expectVitalityInStatus(client: ApiClient, scenario: LifeScenario) {
  const { get, id } = lifeReader(client, scenario);
  const standing = async (i: number) =>
    (await get(`/societies/${id(i)}/status?vitalityPeriod=2025`)).vitality;
  const shown: Row[] = [
    [1, 56, 95],
    [2, 0, 91.25],
    [3, 21, 70],
    [4, 22, 54.5],
    [22, 13, 47.5],
    [62, 90, 15],
    [67, 69, 12],
    [68, 70, 5],
  ];
  expect(await Promise.all(shown.map(([, i]) => standing(i)))).toEqual(
    shown.map(([rank, , score]) => ({ period: '2025', score, rank, rankedOf: 104 })),
  );
  const listed = async (filter: string) => {
    const page = await get(`/societies?vitalityPeriod=2025&limit=500&${filter}`);
    return page.items.map((s: any) => s.id).sort();
  };
  const ids = (indexes: readonly number[]) => indexes.map(id).sort();
  expect(await listed('vitalityRankAtMost=4')).toEqual(ids([56, 0, 21, 1, 22, 50, 57]));
  expect(await listed('vitalityScoreBelow=12')).toEqual(ids(BOTTOM));
}

/**
 * As of the moment between the phases, with the default weights: a complete society
 * without extras 30 + 10 × attendance + 10. 56: 30 + 10 + 15 + 10 + 10 + 15 = 90 (its
 * records unchanged: the weights alone); 0: 86.25; 21 (16 of 16): 30 + 10 + 7.5 + 10 + 7.5
 * = 65; 2: 30 + 10 × 566 / 640 (8.84) + 10 = 48.84; 23: 30 + 10 × 298 / 340 (8.76) + 10 =
 * 48.76; 1: 30 × 31 / 32 (29.06) + 9.5 + 10 = 48.56; 22: 30 × 15 / 16 (28.13) + 9.5 + 10 =
 * 47.63; 24: 28.13 + 8.5 + 10 = 46.63; 13: 12 (8 of 20) + 7 + 10 + 7.5 = 36.5. At the
 * bottom 65 (9 + 10) now passes 90 (7.5 + 10), and 48 still had its record: 1.88 + 7 + 10.
 */
async function expectVitalityThen(client: ApiClient, scenario: LifeScenario) {
  const { get, id } = lifeReader(client, scenario);
  const then = await get('/vitality?period=2025', true);
  expect([then.weights, then.weightsAreDefault]).toEqual([DEFAULT_VITALITY_WEIGHTS, true]);
  const ranking = then.ranking.map((r: any) => [r.rank, r.name, r.score]);
  expect(ranking.slice(0, 26)).toEqual(
    rows([
      [1, 56, 90],
      [2, 0, 86.25],
      [3, 21, 65],
      ...tied(4, [50, 57], 49.5),
      ...tied(6, [51, 58], 49),
      [8, 2, 48.84],
      [9, 23, 48.76],
      [10, 1, 48.56],
      ...tied(11, [10, 59], 48.5),
      ...tied(13, [11, 25], 48),
      [15, 22, 47.63],
      ...tied(16, [12, 26], 47.5),
      ...tied(18, [20, 27, 55], 47),
      [21, 24, 46.63],
      [22, 13, 36.5],
      ...tied(23, [28, 35, 42, 63], 35),
    ]),
  );
  const bottom = [9, 19, 49, ...range(70, 89), ...range(91, 103)];
  expect(ranking.slice(61)).toEqual(
    rows([
      [62, 65, 19],
      [63, 48, 18.88],
      [64, 66, 18.5],
      [65, 67, 18],
      [66, 68, 17.5],
      [66, 90, 17.5],
      [68, 69, 17],
      ...tied(69, bottom, 10),
    ]),
  );
  const one = then.ranking.find((r: any) => r.societyId === id(1));
  expect(breakdown(one).slice(0, 2)).toEqual([
    ['lifeCompleteness', 30, { met: 31, slots: 32 }, 0.9688, 29.06],
    ['attendance', 10, { present: 608, expected: 640 }, 0.95, 9.5],
  ]);

  // A society's own score and rank, today and then: 90 and 65 change places on the weights.
  const own = async (i: number, asOf = false) => {
    const answer = await get(`/societies/${id(i)}/vitality?period=2025`, asOf);
    return [answer.rank, answer.ranked, answer.score];
  };
  expect([await own(90), await own(65), await own(90, true), await own(65, true)]).toEqual([
    [62, 104, 15],
    [63, 104, 14],
    [66, 104, 17.5],
    [62, 104, 19],
  ]);
}
