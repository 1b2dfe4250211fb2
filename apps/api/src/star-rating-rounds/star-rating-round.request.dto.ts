import { ApiProperty } from '@nestjs/swagger';
import { CRITERIA_MAX, MAX_STARS, TITLE_MAX } from '@pb/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** One item of the criteria (评分细则); the lengths and points are the decider's limits. */
export class CriterionDto {
  @ApiProperty({ example: 'A1', maxLength: 20 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code!: string;

  @ApiProperty({ example: '组织建设', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  category!: string;

  @ApiProperty({ example: '党组织按期换届，委员构成合理', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  description!: string;

  @ApiProperty({ example: 20, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  maxPoints!: number;
}

/** What a round is defined by: drafted whole, amended in part. */
export class RoundDefinitionRequest {
  @ApiProperty({ example: 2025, minimum: 2000, maximum: 2100, description: '评定年度' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '2025年度星级学会党组织评定', maxLength: TITLE_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title!: string;

  @ApiProperty({ type: [CriterionDto], minItems: 1, maxItems: CRITERIA_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CRITERIA_MAX)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria!: CriterionDto[];

  @ApiProperty({
    type: [Number],
    minItems: MAX_STARS,
    maxItems: MAX_STARS,
    example: [30, 40, 50, 60, 70, 80, 90, 95],
    description: '一星至八星的最低总分 (the least total for 1 to 8 stars, increasing)',
  })
  @IsArray()
  @ArrayMinSize(MAX_STARS)
  @ArrayMaxSize(MAX_STARS)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(Number.MAX_SAFE_INTEGER, { each: true })
  thresholds!: number[];
}
