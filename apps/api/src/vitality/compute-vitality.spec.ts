import { SocietyNotFound } from '@pb/domain';
import { lifeReading } from '../life-reports/life-report.inputs';
import { weightsView } from '../life-reports/life-report.testing';
import { computeSocietyVitality, computeVitalityRanking } from './compute-vitality';
import { VITALITY_INPUT } from './vitality.testing';

const Q2 = { year: 2026, quarter: 2 } as const;
const DAY = { asOf: '2026-06-30T08:00:00.000Z', asOfDate: '2026-06-30' };

describe('the vitality ranking', () => {
  const reading = lifeReading(VITALITY_INPUT, 'Asia/Shanghai');

  it('scores every component from the views, dating instants in the federation’s zone', () => {
    const report = computeVitalityRanking(reading, Q2, DAY);
    const huaxia = report.ranking[0]!;
    expect(huaxia.name).toBe('华夏学会');
    expect(huaxia.components).toEqual([
      // 8 of 8 slots; 8 meetings of 8 present of 10.
      {
        component: 'lifeCompleteness',
        weight: 30,
        inputs: { met: 8, slots: 8 },
        ratio: 1,
        points: 30,
      },
      {
        component: 'attendance',
        weight: 10,
        inputs: { present: 64, expected: 80 },
        ratio: 0.8,
        points: 8,
      },
      // c1 only (c2's assignment withdrawn): 2 lectures given of its target 2.
      {
        component: 'lectures',
        weight: 15,
        inputs: { delivered: 2, target: 2 },
        ratio: 1,
        points: 15,
      },
      // 1 completed of target 1; one evaluation in the quarter (4): ½ + ½ × 4/5 = 0.9.
      {
        component: 'serviceTasks',
        weight: 20,
        inputs: { completed: 1, target: 1, evaluated: 1, meanRating: 4 },
        ratio: 0.9,
        points: 18,
      },
      // One of two due items accepted by its due day.
      {
        component: 'rectifications',
        weight: 10,
        inputs: { due: 2, acceptedOnTime: 1 },
        ratio: 0.5,
        points: 5,
      },
      // 5 stars from 20 March (lowered only from 15 July): 15 × 5/8 = 9.375 → 9.38.
      {
        component: 'stars',
        weight: 15,
        inputs: { stars: 5, outOf: 8 },
        ratio: 0.625,
        points: 9.38,
      },
    ]);
    expect(huaxia.score).toBe(85.38);
  });

  it('ranks the registered societies: equal scores share a rank in zh-CN order and the next skips', () => {
    const report = computeVitalityRanking(reading, Q2, DAY);
    expect(report.ranking.map((r) => [r.rank, r.name, r.score])).toEqual([
      [1, '华夏学会', 85.38],
      // Nothing but the full rectification ratio: 10 each.
      [2, '安徽学会', 10],
      [2, '北京学会', 10],
      // Its one due item is overdue: 0 of 1.
      [4, '东莞学会', 0],
    ]);
    expect([report.weightsAreDefault, report.tableIsDefault, report.period.label]).toEqual([
      true,
      true,
      '2026Q2',
    ]);
  });

  it('weighs by the year’s weights when the office set them', () => {
    const weights = weightsView(2026, {
      lifeCompleteness: 50,
      attendance: 0,
      lectures: 0,
      serviceTasks: 0,
      rectifications: 50,
      stars: 0,
    });
    const report = computeVitalityRanking(
      lifeReading({ ...VITALITY_INPUT, weights }, 'Asia/Shanghai'),
      Q2,
      DAY,
    );
    expect(report.weightsAreDefault).toBe(false);
    // 50 × 1 + 50 × 0.5; the others 50 × 1.
    expect(report.ranking.map((r) => r.score)).toEqual([75, 50, 50, 0]);
  });

  it('gives a society its score and rank, a deregistered one its score unranked', () => {
    const beijing = computeSocietyVitality(reading, 'bj', Q2, DAY);
    expect([beijing.rank, beijing.ranked, beijing.score]).toEqual([2, 4, 10]);
    const gone = computeSocietyVitality(reading, 'gone', Q2, DAY);
    expect([gone.registered, gone.rank]).toEqual([false, null]);
    // A branch without a meeting: 0 of 8 slots.
    expect(gone.components[0]!.inputs).toEqual({ met: 0, slots: 8 });
    expect(() => computeSocietyVitality(reading, 'nobody', Q2, DAY)).toThrow(SocietyNotFound);
  });
});
