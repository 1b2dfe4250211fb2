import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, Max, ValidateNested, validateSync } from 'class-validator';
import { flattenValidationErrors } from './request-invalid';

class Score {
  @IsString() code!: string;
  @IsInt() @Max(10) points!: number;
}

class Scores {
  @ValidateNested({ each: true }) @Type(() => Score) items!: Score[];
  @ValidateNested() @Type(() => Score) best!: Score;
}

const problemsOf = (body: object) =>
  flattenValidationErrors(
    validateSync(plainToInstance(Scores, body), {
      validationError: { target: false, value: false },
    }),
  ).map((p) => p.field);

describe('flattenValidationErrors', () => {
  it('names an item of a list as the domain rules do, items[1].points, and an object by its dots', () => {
    const fields = problemsOf({
      items: [
        { code: 'A1', points: 3 },
        { code: 'A2', points: 11 },
      ],
      best: { code: 7, points: 1 },
    });
    expect(fields).toEqual(['items[1].points', 'best.code']);
  });
});
