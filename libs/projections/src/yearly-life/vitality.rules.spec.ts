import { vitalityOf, type VitalityOptions, type VitalitySocietyInput } from './vitality.rules';
import type { VitalityWeights } from './yearly-life.inputs';
import { TABLE, idleSociety, lecture, org, record, task } from './yearly-life.testing';

const WEIGHTS: VitalityWeights = {
  lifeCompleteness: 30,
  attendance: 10,
  lectures: 15,
  serviceTasks: 20,
  rectifications: 10,
  stars: 15,
};

const item = (itemId: string, dueOn: string, acceptedOn: string | null) => ({
  itemId,
  dueOn,
  status: acceptedOn === null ? ('reported' as const) : ('accepted' as const),
  acceptedOn,
});

/*
 * The worked example of docs/organisational-life.md: 华夏学会, a branch (党支部) at its
 * council without party groups, default table and weights, second quarter of 2026 read
 * on 30 June.
 *   life: 8 slots (committee meeting and theme day each month, assembly and lecture once);
 *         met 6 (committee meetings in April, May, June; theme days in April and May; the
 *         assembly); 6 / 8 = 0.75 -> 30 x 0.75 = 22.50
 *   attendance: six records of 8 present of 10 -> 48 / 60 = 0.8 -> 8.00
 *   lectures: campaigns C1 (target 2) and C2 (target 2) run in the quarter, C0 ended in
 *         2025; 3 lectures given in them in the quarter -> 3 / 4 = 0.75 -> 11.25
 *   service tasks: target 2 + 1 = 3, one task completed in the quarter -> 1/3; two tasks
 *         evaluated in it, latest ratings 4 and 5 -> mean 4.5;
 *         0.5 x 1/3 + 0.5 x 4.5 / 5 = 0.6167 -> 20 x 0.61667 = 12.33
 *   rectifications: four items due in the quarter and settled by 30 June, two accepted by
 *         their due date -> 2 / 4 = 0.5 -> 5.00 (the item due on 30 June itself waits)
 *   stars: 5 stars published 20 March (lowered to 4 from 15 July) -> 5 / 8 = 0.625
 *         -> 15 x 0.625 = 9.375 -> 9.38
 *   score 22.50 + 8.00 + 11.25 + 12.33 + 5.00 + 9.38 = 68.46
 * The year 2026 read on the same day (first half measured):
 *   life 7 met of 16 slots (Q1: 8 slots, its one committee meeting) = 0.4375 -> 13.13;
 *   attendance 56 / 70 = 0.8 -> 8.00; lectures 4 / 4 -> 15.00;
 *   tasks 0.5 x 2/3 + 0.5 x 0.9 = 0.7833 -> 15.67; rectifications 3 / 5 = 0.6 -> 6.00;
 *   stars 9.38; score 13.13 + 8.00 + 15.00 + 15.67 + 6.00 + 9.38 = 67.18
 */
const HUAXIA: VitalitySocietyInput = {
  societyId: 'HX',
  name: '华夏学会',
  registered: true,
  seats: { council: org('branch'), secretariat: null },
  records: [
    record('HX', 'committee-meeting', '2026-02-10', 8, 10),
    ...['2026-04-08', '2026-05-08', '2026-06-08'].map((day) =>
      record('HX', 'committee-meeting', day, 8, 10),
    ),
    record('HX', 'theme-day', '2026-04-20', 8, 10),
    record('HX', 'theme-day', '2026-05-20', 8, 10),
    record('HX', 'theme-day', '2026-06-20', 9, 10, true),
    record('HX', 'member-assembly', '2026-05-28', 8, 10),
  ],
  campaigns: [
    {
      campaignId: 'C0',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      lecturesPerSociety: 5,
      serviceTasksPerSociety: 5,
    },
    {
      campaignId: 'C1',
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
      lecturesPerSociety: 2,
      serviceTasksPerSociety: 2,
    },
    {
      campaignId: 'C2',
      startsOn: null,
      endsOn: null,
      lecturesPerSociety: 2,
      serviceTasksPerSociety: 1,
    },
  ],
  lectures: [
    lecture('HX', 'C1', 'confirmed', '2026-04-15'),
    lecture('HX', 'C1', 'delivered', '2026-05-20'),
    lecture('HX', 'C2', 'confirmed', '2026-06-10'),
    lecture('HX', 'C2', 'cancelled', null),
    lecture('HX', 'C1', 'confirmed', '2026-03-10'),
    lecture('HX', 'C9', 'confirmed', '2026-05-05'),
  ],
  tasks: [
    task('HX', 'evaluated', {
      acceptedOn: '2026-04-01',
      completedOn: '2026-05-25',
      evaluations: [
        { rating: 2, on: '2026-05-12' },
        { rating: 4, on: '2026-06-01' },
      ],
    }),
    task('HX', 'evaluated', {
      acceptedOn: '2026-02-01',
      completedOn: '2026-03-20',
      evaluations: [{ rating: 5, on: '2026-04-02' }],
    }),
    task('HX', 'in-progress', { acceptedOn: '2026-04-01' }),
  ],
  rectifications: [
    item('R1', '2026-04-30', '2026-04-28'),
    item('R2', '2026-05-31', '2026-05-31'),
    item('R3', '2026-05-15', '2026-06-02'),
    item('R4', '2026-06-20', null),
    item('R5', '2026-06-30', null),
    item('R6', '2026-03-31', '2026-03-30'),
    item('R7', '2026-09-30', null),
  ],
  ratings: [
    {
      roundId: 'round-2025',
      publishedOn: '2026-03-20',
      decision: { stars: 5 },
      changes: [{ stars: 4, effectiveOn: '2026-07-15' }],
    },
  ],
};

const Q2: VitalityOptions = {
  period: { year: 2026, quarter: 2 },
  asOf: '2026-06-30',
  table: TABLE,
  weights: WEIGHTS,
};

const breakdown = (society: VitalitySocietyInput, options: VitalityOptions) =>
  Object.fromEntries(
    vitalityOf(society, options).components.map((c) => [c.component, [c.ratio, c.points]]),
  );

describe('the vitality score', () => {
  it('shows every component of a quarter with its inputs, ratio and points', () => {
    const vitality = vitalityOf(HUAXIA, Q2);
    expect(vitality.score).toBe(68.46);
    const shown = vitality.components.map((c) => [
      c.component,
      c.weight,
      c.inputs,
      c.ratio,
      c.points,
    ]);
    expect(shown).toEqual([
      ['lifeCompleteness', 30, { met: 6, slots: 8 }, 0.75, 22.5],
      ['attendance', 10, { present: 48, expected: 60 }, 0.8, 8],
      ['lectures', 15, { delivered: 3, target: 4 }, 0.75, 11.25],
      [
        'serviceTasks',
        20,
        { completed: 1, target: 3, evaluated: 2, meanRating: 4.5 },
        0.6167,
        12.33,
      ],
      ['rectifications', 10, { due: 4, acceptedOnTime: 2 }, 0.5, 5],
      ['stars', 15, { stars: 5, outOf: 8 }, 0.625, 9.38],
    ]);
  });

  it('scores a year over its quarters and everything measured so far', () => {
    const year = { ...Q2, period: { year: 2026, quarter: null } };
    expect(vitalityOf(HUAXIA, year).score).toBe(67.18);
    expect(breakdown(HUAXIA, year)).toEqual({
      lifeCompleteness: [0.4375, 13.13],
      attendance: [0.8, 8],
      lectures: [1, 15],
      serviceTasks: [0.7833, 15.67],
      rectifications: [0.6, 6],
      stars: [0.625, 9.38],
    });
  });

  it("reads the stars of the period's last day, or of the as-of day when earlier", () => {
    const q3 = { ...Q2, period: { year: 2026, quarter: 3 as const }, asOf: '2026-12-31' };
    expect(breakdown(HUAXIA, q3).stars).toEqual([0.5, 7.5]);
    const beforePublication = {
      ...Q2,
      period: { year: 2026, quarter: 1 as const },
      asOf: '2026-03-01',
    };
    expect(vitalityOf(HUAXIA, beforePublication).components[5].inputs).toEqual({
      stars: null,
      outOf: 8,
    });
  });

  it('gives a society with nothing recorded only the full rectification ratio', () => {
    const vitality = vitalityOf(idleSociety('无锡学会'), Q2);
    expect(vitality.score).toBe(10);
    expect(vitality.components.map((c) => c.inputs)).toEqual([
      { met: 0, slots: 0 },
      { present: 0, expected: 0 },
      { delivered: 0, target: 0 },
      { completed: 0, target: 0, evaluated: 0, meanRating: null },
      { due: 0, acceptedOnTime: 0 },
      { stars: null, outOf: 8 },
    ]);
  });

  it('caps lectures and completed tasks at their targets', () => {
    const busy: VitalitySocietyInput = {
      ...HUAXIA,
      campaigns: [
        {
          campaignId: 'C1',
          startsOn: null,
          endsOn: null,
          lecturesPerSociety: 1,
          serviceTasksPerSociety: 1,
        },
      ],
      lectures: ['2026-04-02', '2026-04-03'].map((day) => lecture('HX', 'C1', 'confirmed', day)),
      tasks: ['2026-04-02', '2026-04-03'].map((day) =>
        task('HX', 'evaluated', { completedOn: day, evaluations: [{ rating: 5, on: day }] }),
      ),
    };
    expect(breakdown(busy, Q2)).toMatchObject({ lectures: [1, 15], serviceTasks: [1, 20] });
  });

  it('weighs with the weights of the year', () => {
    const lifeOnly = {
      ...WEIGHTS,
      lifeCompleteness: 100,
      attendance: 0,
      lectures: 0,
      serviceTasks: 0,
      rectifications: 0,
      stars: 0,
    };
    expect(vitalityOf(HUAXIA, { ...Q2, weights: lifeOnly }).score).toBe(75);
  });
});
