import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { CRITERIA_MAX, MAX_STARS, REASON_MAX } from '@pb/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

// The decider's limits of the yearly cycle's texts (libs/domain yearly-cycle.values).
export const NOTE_MAX = 2000;

/** The points given to one criterion item; the round's criteria say how many at most. */
export class ScoreDto {
  @ApiProperty({ example: 'A1', maxLength: 20, description: '评分细则编号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code!: string;

  @ApiProperty({ example: 18, minimum: 0, maximum: 1000 })
  @IsInt()
  @Min(0)
  @Max(1000)
  points!: number;
}

/** A score sheet: one entry per criterion item of the round, each checked as `item`. */
export const ScoreSheet = (item: Class, description: string) =>
  applyDecorators(
    ApiProperty({ type: [item], minItems: 1, maxItems: CRITERIA_MAX, description }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(CRITERIA_MAX),
    ValidateNested({ each: true }),
    Type(() => item),
  );

/** A change of the stars after publication: why, and from which day. */
export class StarChangeRequest {
  @ApiProperty({ example: '年度检查发现党组织未按期换届', maxLength: REASON_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX)
  reason!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-09-01',
    description: '生效日期 (not before the publication or the last change)',
  })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  effectiveOn!: string;
}

/** Whole stars, 0 to 8 (8 stars = 优秀学会党组织). */
export const STARS = { minimum: 0, maximum: MAX_STARS } as const;

export class AdjustStarsRequest extends StarChangeRequest {
  @ApiProperty({ example: 4, ...STARS })
  @IsInt()
  @Min(STARS.minimum)
  @Max(STARS.maximum)
  stars!: number;
}
