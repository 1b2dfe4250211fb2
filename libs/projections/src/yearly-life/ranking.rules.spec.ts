import { rankByScore, vitalityRanking } from './ranking.rules';
import type { VitalityWeights } from './yearly-life.inputs';
import { TABLE, idleSociety } from './yearly-life.testing';

describe('the vitality ranking', () => {
  it('shares a rank between equal scores and skips the places they take', () => {
    // 北京 and 安徽 tie at 90 (安 before 北), 成都 is third, 东方 and 福建 tie at 50,
    // 高原 comes sixth: ranks 1, 1, 3, 4, 4, 6.
    const scores = [
      ['东方', 50],
      ['北京', 90],
      ['高原', 10],
      ['成都', 70],
      ['福建', 50],
      ['安徽', 90],
    ] as const;
    const ranked = rankByScore(scores.map(([name, score]) => ({ societyId: name, name, score })));
    expect(ranked.map((r) => [r.rank, r.name, r.score])).toEqual([
      [1, '安徽', 90],
      [1, '北京', 90],
      [3, '成都', 70],
      [4, '东方', 50],
      [4, '福建', 50],
      [6, '高原', 10],
    ]);
  });

  it('ranks nothing when there is nothing to rank', () => {
    expect(rankByScore([])).toEqual([]);
  });

  describe('of the registered societies, on a day', () => {
    // Stars alone weigh here: 8 stars = 100, 4 stars = 50, none = 0.
    const STARS_ONLY: VitalityWeights = {
      lifeCompleteness: 0,
      attendance: 0,
      lectures: 0,
      serviceTasks: 0,
      rectifications: 0,
      stars: 100,
    };
    const society = (name: string, stars: number | null, registered = true) => ({
      ...idleSociety(name),
      registered,
      ratings:
        stars === null
          ? []
          : [
              {
                roundId: 'round-2025',
                publishedOn: '2026-03-20',
                decision: { stars },
                changes: [],
              },
            ],
    });
    const SOCIETIES = [
      society('东方', null),
      society('北京', 8),
      society('高原', 8, false),
      society('成都', 4),
      society('安徽', 8),
    ];
    const rankedOn = (asOf: string) =>
      vitalityRanking(SOCIETIES, {
        period: { year: 2026, quarter: null },
        asOf,
        table: TABLE,
        weights: STARS_ONLY,
      }).map((r) => `${r.rank} ${r.name} ${r.score}`);

    it('leaves the deregistered out', () => {
      expect(rankedOn('2026-06-30')).toEqual(['1 安徽 100', '1 北京 100', '3 成都 50', '4 东方 0']);
    });

    it('differs as of a day before the stars were published', () => {
      expect(rankedOn('2026-03-19')).toEqual(['1 安徽 0', '1 北京 0', '1 成都 0', '1 东方 0']);
    });
  });
});
