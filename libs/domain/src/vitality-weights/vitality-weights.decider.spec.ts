import { fold } from '../shared/decider';
import { specFor } from '../shared/decider.testing';
import { DEFAULT_VITALITY_WEIGHTS, vitalityWeightsOf } from './vitality-weights.defaults';
import { vitalityWeightsDecider } from './vitality-weights.decider';
import type { VitalityWeightsEvent } from './vitality-weights.events';
import type { VitalityWeights } from './vitality-weights.state';

const spec = specFor(vitalityWeightsDecider);
const weights: VitalityWeights = {
  lifeCompleteness: 40,
  attendance: 10,
  lectures: 10,
  serviceTasks: 20,
  rectifications: 10,
  stars: 10,
};
const set: VitalityWeightsEvent = { type: 'VitalityWeightsSet', data: { year: 2025, weights } };

const setWeights = (
  given: Partial<Record<string, number>>,
  history: VitalityWeightsEvent[] = [],
  year = 2025,
) =>
  spec.given(history).when({
    type: 'SetVitalityWeights',
    year,
    weights: { ...weights, ...given } as VitalityWeights,
  });

describe('vitality weights decider', () => {
  it('sets a year’s weights, a component weighing nothing included', () => {
    setWeights({}).then([set]);
    setWeights({ stars: 0, lifeCompleteness: 50 }).then([
      {
        type: 'VitalityWeightsSet',
        data: { year: 2025, weights: { ...weights, stars: 0, lifeCompleteness: 50 } },
      },
    ]);
  });

  it('records the first weights of a year even when they are the default', () =>
    setWeights({ ...DEFAULT_VITALITY_WEIGHTS }).then([
      { type: 'VitalityWeightsSet', data: { year: 2025, weights: DEFAULT_VITALITY_WEIGHTS } },
    ]));

  it('replaces the weights in force, and writes nothing when they are the same', () => {
    setWeights({ lectures: 15, stars: 5 }, [set]).then([
      {
        type: 'VitalityWeightsSet',
        data: { year: 2025, weights: { ...weights, lectures: 15, stars: 5 } },
      },
    ]);
    setWeights({}, [set]).thenNothing();
  });

  it('refuses weights that do not add up to 100, naming the sum', () => {
    let caught: unknown;
    try {
      vitalityWeightsDecider.decide(
        { type: 'SetVitalityWeights', year: 2025, weights: { ...weights, stars: 15 } },
        vitalityWeightsDecider.initialState(),
        { now: '2026-01-05T08:00:00.000Z' },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      kind: 'rule',
      code: 'VITALITY_WEIGHTS.SUM_NOT_100',
      field: 'weights',
      message: expect.stringContaining('105'),
    });
  });

  it('refuses a weight that is not whole or outside 0 to 100, a missing one and an unknown one', () => {
    setWeights({ attendance: 9.5, lectures: 10.5 }).thenFails(
      'NUMBER.OUT_OF_RANGE',
      'weights.attendance',
    );
    setWeights({ attendance: -10, lifeCompleteness: 60 }).thenFails(
      'NUMBER.OUT_OF_RANGE',
      'weights.attendance',
    );
    setWeights({ stars: undefined }).thenFails('NUMBER.OUT_OF_RANGE', 'weights.stars');
    setWeights({ luck: 0 }).thenFails('VALUE.NOT_ALLOWED', 'weights.luck');
  });

  it('refuses weights naming another year than the stream’s, and a year out of range', () => {
    setWeights({}, [set], 2026).thenFails('VITALITY_WEIGHTS.OTHER_YEAR', 'year');
    setWeights({}, [], 1999).thenFails('NUMBER.OUT_OF_RANGE', 'year');
  });

  it('reads the default for a year without weights, 30 10 15 20 10 15, and the ones set otherwise', () => {
    const none = vitalityWeightsOf(fold(vitalityWeightsDecider, []));
    expect(Object.entries(none).map(([component, weight]) => `${component} ${weight}`)).toEqual([
      'lifeCompleteness 30',
      'attendance 10',
      'lectures 15',
      'serviceTasks 20',
      'rectifications 10',
      'stars 15',
    ]);
    expect(vitalityWeightsOf(fold(vitalityWeightsDecider, [set]))).toEqual(weights);
  });
});
