import type { ApiClient } from './api-client';
import { expectLifeFigures, expectLifeLists, lifeReader, named } from './life-expectations';
import { MEETS_TODAY, range } from './life-plan';
import type { LifeScenario } from './life-scenario';
import { expectVitality } from './life-vitality-expectations';

/** Every figure of the year's organisational life the suites work out by hand. */
export async function expectLifeYear(client: ApiClient, scenario: LifeScenario) {
  await expectLifeFigures(client, scenario);
  await expectLifeLists(client, scenario);
  await expectLifeCoverage(client, scenario);
  await expectVitality(client, scenario);
  await expectAttendanceToday(client, scenario);
}

const names = (rows: readonly { name: string }[]) => rows.map((row) => row.name);

/**
 * 两个全覆盖 read today (organisation coverage on the day read) for 2025.
 * Council: the committees 0..19 and general branches 50..54, 25. Secretariat: 10..19's
 * branches, the branches 20..49 and the work groups 65..79, 55 (a work group is an
 * organisation of a form but none). Neither seat: the joint branches 55..64 (joint, 10) and
 * 80..103 without one; instructors in post today: 81..89 and 55 (joint besides: once in
 * other means, once under each way), 10; 80's was recalled on 30 September 2025. Other
 * means 10 + 9 = 19; covered 25 + 30 + 15 + 10 + 9 = 89 of 104; uncovered 80, 90..103.
 * Before the recall was recorded, 80 was covered by its instructor too.
 */
export async function expectLifeCoverage(client: ApiClient, scenario: LifeScenario) {
  const { get } = lifeReader(client, scenario);
  const live = await get('/coverage?period=2025');
  const { societies: rows, uncovered, ...counts } = live.organisation;
  expect(counts).toEqual({
    on: live.asOfDate,
    registered: 104,
    council: 25,
    secretariat: 55,
    otherMeans: 19,
    joint: 10,
    instructor: 10,
    covered: 89,
  });
  expect(names(uncovered)).toEqual(named([80, ...range(90, 103)]));
  const row = (i: number) => {
    const { council, secretariat, joint, instructor, covered } = rows[i];
    return [council, secretariat, joint, instructor, covered];
  };
  // Rows are in name order, which is index order.
  expect([row(13), row(55), row(65), row(80), row(81)]).toEqual([
    [true, true, false, false, true],
    [false, false, true, true, true],
    [false, true, false, false, true],
    [false, false, false, false, false],
    [false, false, false, true, true],
  ]);
  const then = await get('/coverage?period=2025', true);
  expect([then.organisation.instructor, then.organisation.otherMeans]).toEqual([11, 20]);
  expect([then.organisation.covered, names(then.organisation.uncovered)]).toEqual([
    90,
    named(range(90, 103)),
  ]);

  // 工作覆盖 of 2025: a record held in 2025 and not withdrawn reached 0..8, 10..18, 20..47,
  // 50..64 and the work groups 65..69 (66); a lecture given in 2025, 90 besides (its second
  // was cancelled). The tasks were accepted when recorded, after 2025: they reach no one in
  // it. 67 of 104; the others by name. Before 48's one record was withdrawn: 68.
  const work = live.work;
  expect([work.registered, work.covered]).toEqual([104, 67]);
  const unreached = [9, 19, 48, 49, ...range(70, 89), ...range(91, 103)];
  expect(names(work.uncovered)).toEqual(named(unreached));
  const reached = (i: number) => {
    const { lectures, lifeRecords, acceptedTasks, covered } = work.societies[i];
    return [lectures, lifeRecords, acceptedTasks, covered];
  };
  // 0: 2 lectures, 32 records; 21: 1 lecture in 2025 (the other in December 2024), 16
  // records less the withdrawn; 23: 16 and its withdrawn duplicate; 65: 4 theme days.
  expect([0, 21, 23, 65, 70, 90].map(reached)).toEqual([
    [2, 32, 0, true],
    [1, 15, 0, true],
    [0, 16, 0, true],
    [0, 4, 0, true],
    [0, 0, 0, false],
    [1, 0, 0, true],
  ]);
  expect([then.work.covered, then.work.societies[48].lifeRecords]).toEqual([68, 1]);

  // This year's work coverage (the tasks' acceptance is dated the day it was recorded, in
  // Shanghai): 0's, 56's and 70's accepted tasks, 70's theme day today besides; 71's was
  // cancelled since. No 2025 record or lecture counts.
  const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const current = (await get(`/coverage?period=${thisYear}`)).work;
  expect(current.covered).toBe(3);
  const acceptedIn = current.societies.filter((s: any) => s.covered);
  expect(acceptedIn.map((s: any) => [s.name, s.lectures, s.lifeRecords, s.acceptedTasks])).toEqual(
    [0, 56, 70].map((i) => [named([i])[0], 0, i === MEETS_TODAY ? 1 : 0, 1]),
  );
}

/**
 * The society list by attendance this quarter, as of today: 70's theme day today (14 of 20,
 * 0.7) is the quarter's only record; every other society has none (attendance null) and is
 * never listed, whatever the bound.
 */
export async function expectAttendanceToday(client: ApiClient, scenario: LifeScenario) {
  const { get, id } = lifeReader(client, scenario);
  const status = await get(`/societies/${id(MEETS_TODAY)}/status`);
  expect([status.organisationalLife.slots, status.organisationalLife.attendance]).toEqual([0, 0.7]);
  const listed = async (filter: string) =>
    (await get(`/societies?limit=500&${filter}`)).items.map((s: any) => s.id);
  expect(await listed('attendanceBelow=0.7')).toEqual([]);
  expect(await listed('attendanceBelow=0.71')).toEqual([id(MEETS_TODAY)]);
  expect(await listed('attendanceBelow=1')).toEqual([id(MEETS_TODAY)]);
  expect(await listed('attendanceBelow=1&coverage=uncovered')).toEqual([]);
  expect(
    (await client.expect(400, 'GET', '/societies?attendanceBelow=70')).body.errors[0],
  ).toMatchObject({ field: 'attendanceBelow', rule: 'max' });
}
