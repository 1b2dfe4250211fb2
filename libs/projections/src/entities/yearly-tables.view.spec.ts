import {
  DEFAULT_LIFE_REQUIREMENTS,
  DEFAULT_VITALITY_WEIGHTS,
  type LifeRequirementsEvent,
  type VitalityWeightsEvent,
} from '@pb/domain';
import { projectEvents } from './entity-projection.testing';
import { lifeRequirementsProjection, vitalityWeightsProjection } from './yearly-tables.view';

const lighter = {
  ...DEFAULT_LIFE_REQUIREMENTS.requirements,
  branch: [{ kind: 'member-assembly' as const, per: 'quarter' as const, count: 2 }],
};

describe('the yearly tables', () => {
  it('keep the requirement table last set for a year, under the year', () => {
    const events: LifeRequirementsEvent[] = [
      { type: 'LifeRequirementsSet', data: { year: 2026, ...DEFAULT_LIFE_REQUIREMENTS } },
      {
        type: 'LifeRequirementsSet',
        data: { year: 2026, requirements: lighter, redListSize: 5, blackListSize: 8 },
      },
    ];
    const view = projectEvents(lifeRequirementsProjection, 'life-requirements-y', events);
    expect(view).toMatchObject({
      _id: '2026',
      year: 2026,
      redListSize: 5,
      blackListSize: 8,
      version: 2,
      setAt: '2026-01-01T08:00:00.000Z',
      updatedAt: '2026-02-01T08:00:00.000Z',
    });
    expect(view?.requirements.branch).toEqual([
      { kind: 'member-assembly', per: 'quarter', count: 2 },
    ]);
    expect(view?.requirements.committee).toHaveLength(5);
  });

  it('keep the vitality weights set for a year', () => {
    const weights = { ...DEFAULT_VITALITY_WEIGHTS, lifeCompleteness: 35, attendance: 5 };
    const events: VitalityWeightsEvent[] = [
      { type: 'VitalityWeightsSet', data: { year: 2027, weights } },
    ];
    expect(projectEvents(vitalityWeightsProjection, 'vitality-weights-y', events)).toMatchObject({
      _id: '2027',
      year: 2027,
      weights,
      version: 1,
    });
  });
});
