import { lifeRequirementsId, vitalityWeightsId } from './year-streams';

describe('the streams kept per year', () => {
  it('keep their ids from one release to the next: the tables already set stay found', () => {
    expect(lifeRequirementsId(2026)).toBe('c4ed7f0f-9be3-5b2e-865c-1c05a04e2c24');
    expect(vitalityWeightsId(2026)).toBe('00195d4a-1b35-5944-a9f4-455c0c8c5c06');
  });

  it('give each year and each table a stream of its own', () => {
    const ids = [2025, 2026].flatMap((year) => [lifeRequirementsId(year), vitalityWeightsId(year)]);
    expect(new Set(ids).size).toBe(4);
  });
});
