import { lifeReading } from '../life-reports/life-report.inputs';
import { computeSocietyVitality, computeVitalityRanking } from './compute-vitality';
import { vitalityStandings } from './vitality-standing';
import { VITALITY_INPUT } from './vitality.testing';

const Q2 = { year: 2026, quarter: 2 } as const;
const DAY = { asOf: '2026-06-30T08:00:00.000Z', asOfDate: '2026-06-30' };

describe('a society’s standing in the vitality ranking', () => {
  const reading = lifeReading(VITALITY_INPUT, 'Asia/Shanghai');
  const standing = vitalityStandings(computeVitalityRanking(reading, Q2, DAY));

  it('is its row of the ranking: the period, its score, its rank shared on ties, and how many are ranked', () => {
    expect(['hx', 'ah', 'bj', 'dg'].map(standing)).toEqual([
      { period: '2026Q2', score: 85.38, rank: 1, rankedOf: 4 },
      { period: '2026Q2', score: 10, rank: 2, rankedOf: 4 },
      { period: '2026Q2', score: 10, rank: 2, rankedOf: 4 },
      { period: '2026Q2', score: 0, rank: 4, rankedOf: 4 },
    ]);
  });

  it('agrees with the society’s own vitality answer', () => {
    for (const id of ['hx', 'bj', 'dg']) {
      const own = computeSocietyVitality(reading, id, Q2, DAY);
      expect(standing(id)).toMatchObject({
        score: own.score,
        rank: own.rank,
        rankedOf: own.ranked,
      });
    }
  });

  it('is null for a deregistered society, which is not ranked, and for one unknown', () => {
    expect([standing('gone'), standing('nobody')]).toEqual([null, null]);
  });
});
