import { RuleBroken } from '../shared/errors';

export class WeightsNotHundred extends RuleBroken {
  constructor(sum: number) {
    super(
      'VITALITY_WEIGHTS.SUM_NOT_100',
      `the weights must add up to 100; these add up to ${sum}`,
      'weights',
    );
  }
}
