import type { Seed000 } from './seed-000-scenario';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The committee's progress report after the seed-000 scenario, against figures worked
 * out by hand (the scenario's numbering is described in read-side-expectations.ts).
 */
export function expectSeedReport(report: any, seed: Seed000): void {
  // Lecture k delivered for k = 25..104; the latest record of k = 25..34 is the revision.
  const audience = sum(
    range(25, 105).map((k) => (k < 35 ? 12 + (k % 20) + 110 + k : 10 + (k % 20) + 100 + k)),
  );
  // Ratings: i = 70..74 rated 2 (and reopened), i = 75..119 rated 3 + i % 3.
  const ratings = [...range(70, 75).map(() => 2), ...range(75, 120).map((i) => 3 + (i % 3))];
  // Beneficiaries of completed (i = 50..69) and evaluated (i = 75..119) tasks: 100 + i each.
  const beneficiaries = sum([...range(50, 70), ...range(75, 120)].map((i) => 100 + i));
  expect(report.totals).toEqual({
    societiesAssigned: 105,
    societiesCovered: 80,
    coverage: round(80 / 105, 4),
    lecturesScheduled: 20,
    lecturesDelivered: 80,
    lecturesConfirmed: 60,
    lecturesCancelled: 5,
    audience,
    tasks: {
      proposed: 10,
      inProgress: 35,
      completed: 20,
      evaluated: 45,
      cancelled: 10,
      total: 120,
    },
    overdueTasks: 35,
    escalatedTasks: 8,
    completionRate: round(65 / 110, 4),
    evaluationRate: round(45 / 65, 4),
    averageRating: round(sum(ratings) / ratings.length, 2),
    beneficiaries,
    // Red: k = 0..24 uncovered past the midpoint (and 10..24 overdue), 35..37 reopened and
    // overdue. Green: k = 25..59 covered with 2 accepted tasks, less 35..37. Yellow: 60..104.
    status: { red: 28, yellow: 45, green: 32 },
  });
  expect(report.societies).toHaveLength(105);
  expect(report.liaisons).toHaveLength(12);
  expect(report.unassigned.map((s: any) => s.societyId).sort()).toEqual(
    seed.societies.slice(105, 109).slice().sort(),
  );
  expect(report.missingLecture).toHaveLength(25);
  expect(report.overdue).toHaveLength(35);
  expect(report.escalated).toHaveLength(8);
  const names = report.societies.map((s: any) => s.name);
  expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  const row = (k: number) => report.societies.find((s: any) => s.societyId === seed.societies[k]);
  expect(row(40)).toMatchObject({
    status: 'green',
    lecturesConfirmed: 1,
    audience: 150,
    tasksAccepted: 2,
    averageRating: 4,
  });
  expect(row(10)).toMatchObject({ status: 'red', overdueTasks: 2, escalatedTasks: 2 });
  expect(row(10).reasons).toEqual(
    expect.arrayContaining(['有逾期任务', '有挂牌督办任务', '过半期仍未宣讲']),
  );
  expect(row(70)).toMatchObject({ status: 'yellow', tasksAccepted: 0 });
  // L2 (societies 17..26): 2 covered of 10, tasks i = 34..53 all accepted, 34..49 overdue.
  expect(report.liaisons.find((l: any) => l.memberId === seed.liaisons[2])).toMatchObject({
    societies: 10,
    covered: 2,
    coverage: 0.2,
    tasksAccepted: 20,
    overdueTasks: 16,
  });
}
