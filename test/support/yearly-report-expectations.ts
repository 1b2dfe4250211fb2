import type { ApiClient } from './api-client';
import { WITHDRAWN, type YearlyScenario } from './yearly-scenario';

const byName = new Intl.Collator('zh-CN').compare;

/**
 * The yearly reports of the scenario as the office sends them upward, worked out by hand
 * from its construction (society i, k = i % 9, reviewed mean REVIEWED_MEAN[k], self = mean + 4,
 * reviews mean + 2 and mean - 2, each sheet filled A1 20, B1 30, C1 30, D1 20 in order).
 */
export async function expectYearlyReports(client: ApiClient, scenario: YearlyScenario) {
  const get = async (path: string) => (await client.expect(200, 'GET', path)).body;

  const round = await get(`/star-rating-rounds/${scenario.roundId}/report`);
  expect(round.progress).toEqual({
    societies: 100,
    selfAssessed: 100,
    reviewed: 100,
    decided: 100,
    published: 100,
  });
  // 12 societies with k = 0 (i = 0, 9, ..., 99), 11 with each other k; 91..94 raised a star;
  // today society 8's 8 stars are withdrawn to 0.
  expect(round.distribution.map((count: any) => count.decided)).toEqual([
    12, 10, 11, 11, 11, 12, 11, 11, 11,
  ]);
  expect(round.distribution.map((count: any) => count.current)).toEqual([
    13, 10, 11, 11, 11, 12, 11, 11, 10,
  ]);
  // Reviewed totals: (12 × 20 + 11 × (30 + 40 + ... + 90 + 95)) / 100 = 5905 / 100; self 4 more.
  // By category, self (totals 24 34 ... 94 99): A1 20; B1 (12×4 + 11×14 + 11×24 + 66×30) / 100;
  // C1 (11×4 + 11×14 + 11×24 + 33×30) / 100; D1 (11×4 + 11×14 + 11×19) / 100. Reviewed, the
  // mean of mean ± 2 per item: A1 (12×19 + 88×20) / 100; B1 (12×1 + 11×(10+20+29) + 55×30) / 100;
  // C1 (11×(1+10+20+29) + 22×30) / 100; D1 11×(1+10+15) / 100.
  expect(round.categories).toEqual([
    { category: '组织建设', maxPoints: 20, self: 20, reviewed: 19.88 },
    { category: '思想政治引领', maxPoints: 30, self: 24.46, reviewed: 23.11 },
    { category: '作用发挥', maxPoints: 30, self: 14.52, reviewed: 13.2 },
    { category: '制度建设', maxPoints: 20, self: 4.07, reviewed: 2.86 },
    { category: '总分', maxPoints: 100, self: 63.05, reviewed: 59.05 },
  ]);
  const names = round.societies.map((row: any) => row.name);
  expect(names).toEqual([...names].sort(byName));
  const withdrawn = round.societies.find(
    (row: any) => row.societyId === scenario.societies[WITHDRAWN],
  );
  expect(withdrawn).toMatchObject({ decidedStars: 8, currentStars: 0 });
  // Every self-assessment is 4 above its reviewed mean: ten differences of 4.
  expect(round.differences.map((row: any) => row.difference)).toEqual(Array(10).fill(4));

  const batch = await get(`/inspection-batches/${scenario.batchId}/report`);
  expect(batch.sample.map((one: any) => one.societyId)).toEqual(scenario.sample);
  expect(batch.sample.filter((one: any) => one.how === 'added')).toHaveLength(1);
  // One finding and one item at each of p = 0..19, major at p = 10..14; accepted p = 0..9;
  // overdue p = 10..14.
  expect(batch.findings).toMatchObject({ minor: 15, major: 5, total: 20 });
  expect(batch.rectification).toMatchObject({ items: 20, accepted: 10, rate: 0.5, overdue: 5 });
  const overdue = batch.overdue.map((one: any) => one.societyId);
  expect([...overdue].sort()).toEqual(scenario.sample.slice(10, 15).sort());
  const overdueNames = batch.overdue.map((one: any) => one.societyName);
  expect(overdueNames).toEqual([...overdueNames].sort(byName));
}
