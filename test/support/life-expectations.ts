import type { ApiClient } from './api-client';
import { nameOf } from './life-plan';
import type { LifeScenario } from './life-scenario';

/** The names of societies by index: zh-CN order is index order. */
export const named = (indexes: readonly number[]) => indexes.map(nameOf);

/** A reader of the reports for the year 2025, live or as of the moment between the phases. */
export function lifeReader(client: ApiClient, scenario: LifeScenario) {
  const between = `&asOf=${encodeURIComponent(scenario.between)}`;
  const get = async (path: string, then = false) =>
    (await client.expect(200, 'GET', `${path}${then ? between : ''}`)).body;
  const id = (i: number) => scenario.societies[i]!;
  return { get, id };
}

const quarters = (figures: any) =>
  figures.quarters.map((q: any) => [q.slots, q.met, q.completeness]);
const year = (figures: any) => [figures.slots, figures.met, figures.completeness];
const attendance = (figures: any) => {
  const { present, expected, rate } = figures.attendance;
  return [present, expected, rate];
};

/**
 * Completeness per quarter and attendance of named societies, by the year's table: a
 * committee with groups 8 slots a quarter (3 committee and 3 group meetings, the assembly,
 * the lecture), without groups 5, a branch 4, a joint branch 2. Present is 20 - i % 7 of 20.
 */
export async function expectLifeFigures(client: ApiClient, scenario: LifeScenario) {
  const { get, id } = lifeReader(client, scenario);
  const figures = (i: number, period = '2025', then = false) =>
    get(`/societies/${id(i)}/organisational-life/figures?period=${period}`, then);

  // 1, complete (19 present): July's committee meeting was first recorded on 20 June. Then June
  // held two (the second meets nothing) and July none: Q3 7 of 8, the year 31 of 32; moved
  // back, every quarter 8 of 8. Attendance 32 × 19 / 32 × 20 either way.
  const one = await figures(1);
  expect([one.organisation, one.tableIsDefault]).toEqual([
    { seat: 'council', form: 'committee', groups: true },
    false,
  ]);
  expect([quarters(one), year(one), attendance(one)]).toEqual([
    Array(4).fill([8, 8, 1]),
    [32, 32, 1],
    [608, 640, 0.95],
  ]);
  const oneThen = await figures(1, '2025', true);
  expect([quarters(oneThen), year(oneThen), attendance(oneThen)]).toEqual([
    [
      [8, 8, 1],
      [8, 8, 1],
      [8, 7, 0.875],
      [8, 8, 1],
    ],
    [32, 31, 0.9688],
    [608, 640, 0.95],
  ]);

  // 13, a committee without groups at the council (its branch at the secretariat does not
  // count): 5 slots a quarter, 2 met while lagging; its late records complete Q3 and Q4:
  // 2 + 2 + 5 + 5 = 14 of 20. 14 present of 20 at each of its 14 (then 8) records.
  const thirteen = await figures(13);
  expect(thirteen.organisation).toEqual({ seat: 'council', form: 'committee', groups: false });
  expect([quarters(thirteen), year(thirteen), attendance(thirteen)]).toEqual([
    [
      [5, 2, 0.4],
      [5, 2, 0.4],
      [5, 5, 1],
      [5, 5, 1],
    ],
    [20, 14, 0.7],
    [196, 280, 0.7],
  ]);
  const thirteenThen = await figures(13, '2025', true);
  expect([quarters(thirteenThen), year(thirteenThen), attendance(thirteenThen)]).toEqual([
    Array(4).fill([5, 2, 0.4]),
    [20, 8, 0.4],
    [112, 160, 0.7],
  ]);

  // 24, a branch: two committee meetings in August and none in September: Q3 meets 2 of the
  // 3 monthly slots and the lecture, 3 of 4; the year 15 of 16. 17 present at 16 records.
  const q3 = await figures(24, '2025Q3');
  expect(q3.quarters[0].requirements.map((r: any) => [r.kind, r.per, r.slots, r.met])).toEqual([
    ['committee-meeting', 'month', 3, 2],
    ['party-lecture', 'quarter', 1, 1],
  ]);
  expect([year(q3), attendance(await figures(24))]).toEqual([
    [4, 3, 0.75],
    [272, 320, 0.85],
  ]);

  // 22: Q3's lecture recorded as a theme day (not required of a branch) meets nothing until
  // corrected: 3 of 4, then 4 of 4.
  expect(year(await figures(22, '2025Q3'))).toEqual([4, 4, 1]);
  expect(year(await figures(22, '2025Q3', true))).toEqual([4, 3, 0.75]);

  // 21 withdraws Q3's lecture: 3 of 4 (4 of 4 before); 20 of 20 present at the 3 left.
  expect([year(await figures(21, '2025Q3')), attendance(await figures(21, '2025Q3'))]).toEqual([
    [4, 3, 0.75],
    [60, 60, 1],
  ]);
  expect(year(await figures(21, '2025Q3', true))).toEqual([4, 4, 1]);

  // 2 (18 present) corrects July's committee meeting from 8 present to 18: Q3's 8 records
  // (7 × 18 + 8) / 160 = 134 / 160 = 0.8375, then 144 / 160.
  expect(attendance(await figures(2, '2025Q3'))).toEqual([144, 160, 0.9]);
  expect(attendance(await figures(2, '2025Q3', true))).toEqual([134, 160, 0.8375]);

  // 23 (18 present) recorded August's committee meeting twice, the second with 10 present:
  // 4 of 4 met either way; attendance (4 × 18 + 10) / 100 = 0.82, withdrawn 72 / 80.
  const twice = await figures(23, '2025Q3');
  expect([year(twice), attendance(twice)]).toEqual([
    [4, 4, 1],
    [72, 80, 0.9],
  ]);
  expect(attendance(await figures(23, '2025Q3', true))).toEqual([82, 100, 0.82]);

  // 3, lagging (17 present), holds a theme day each quarter besides, all 20 present: not
  // required of a committee, it counts for attendance only. 2 of 8 a quarter;
  // (8 × 17 + 4 × 20) / 240 = 216 / 240.
  const three = await figures(3);
  expect([quarters(three), year(three), attendance(three)]).toEqual([
    Array(4).fill([8, 2, 0.25]),
    [32, 8, 0.25],
    [216, 240, 0.9],
  ]);

  // 9 holds nothing: 0 of 8 each quarter, no attendance. 48's only record (January) is
  // withdrawn: 0 of 16; before, Q1 1 of 4 and 14 of 20 present.
  const nine = await figures(9);
  expect([quarters(nine), attendance(nine)]).toEqual([Array(4).fill([8, 0, 0]), [0, 0, null]]);
  expect([year(await figures(48)), attendance(await figures(48))]).toEqual([
    [16, 0, 0],
    [0, 0, null],
  ]);
  const fortyEight = await figures(48, '2025', true);
  expect([quarters(fortyEight)[0], year(fortyEight), attendance(fortyEight)]).toEqual([
    [4, 1, 0.25],
    [16, 1, 0.0625],
    [14, 20, 0.7],
  ]);

  // 60, a lagging joint branch (16 present): the lecture of 2 slots each quarter.
  const sixty = await figures(60);
  expect(sixty.organisation).toEqual({ seat: 'secretariat', form: 'joint-branch', groups: false });
  expect([quarters(sixty), year(sixty), attendance(sixty)]).toEqual([
    Array(4).fill([2, 1, 0.5]),
    [8, 4, 0.5],
    [64, 80, 0.8],
  ]);

  // 65, a work group: no slots, so no completeness; its four theme days, 18 present, count
  // for attendance. 90 has no organisation: nothing at all.
  const group = await figures(65);
  expect([group.organisation.form, quarters(group), year(group), attendance(group)]).toEqual([
    'work-group',
    Array(4).fill([0, 0, null]),
    [0, 0, null],
    [72, 80, 0.9],
  ]);
  const none = await figures(90);
  expect([none.organisation, year(none), attendance(none)]).toEqual([
    null,
    [0, 0, null],
    [0, 0, null],
  ]);
}

/**
 * The red (5) and black (6) lists of 2025Q3. 65 societies have slots (0..64). Complete in
 * Q3 today, by attendance: 0 and 56 at 20 of 20 (21, withdrawn to 3 of 4, no more); then 1
 * and 22 (both corrected into completeness), 50 and 57 at 19 of 20; the list holds 5. Before
 * the second phase 1 and 22 were a slot short and 21 complete: 0, 21, 56, then 50, 57.
 * Black: completeness 0 first, without a record (attendance as 0), by name: 9, 19, 48 (its
 * one record was in Q1), 49; then the lagging committees at 2 of 8, by attendance: 6 (14
 * present), 5 (15). 3 counts its theme days (0.9), 4 has 16.
 */
export async function expectLifeLists(client: ApiClient, scenario: LifeScenario) {
  const { get } = lifeReader(client, scenario);
  const lists = (then = false) => get('/organisational-life/lists?period=2025Q3', then);
  const live = await lists();
  expect([live.redListSize, live.blackListSize, live.tableIsDefault, live.weighed]).toEqual([
    5,
    6,
    false,
    65,
  ]);
  expect(live.red.map((s: any) => [s.place, s.name, s.completeness, s.attendance])).toEqual([
    [1, nameOf(0), 1, 1],
    [2, nameOf(56), 1, 1],
    [3, nameOf(1), 1, 0.95],
    [4, nameOf(22), 1, 0.95],
    [5, nameOf(50), 1, 0.95],
  ]);
  const black = [
    [nameOf(9), 8, 0, 0, null],
    [nameOf(19), 5, 0, 0, null],
    [nameOf(48), 4, 0, 0, null],
    [nameOf(49), 4, 0, 0, null],
    [nameOf(6), 8, 2, 0.25, 0.7],
    [nameOf(5), 8, 2, 0.25, 0.75],
  ];
  const rows = (list: any[]) =>
    list.map((s) => [s.name, s.slots, s.met, s.completeness, s.attendance]);
  expect(rows(live.black)).toEqual(black);
  const then = await lists(true);
  expect(then.red.map((s: any) => s.name)).toEqual(named([0, 21, 56, 50, 57]));
  expect(rows(then.black)).toEqual(black);
}
