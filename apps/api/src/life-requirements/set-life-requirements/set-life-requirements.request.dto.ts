import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  DEFAULT_LIFE_REQUIREMENTS,
  LIFE_PERIODS,
  LIST_SIZE_MAX,
  ORGANISATIONAL_LIFE_KINDS,
  REQUIREMENT_COUNT_MAX,
  type LifePeriod,
  type OrganisationalLifeKind,
} from '@pb/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** One line of the table: e.g. 支委会 once a month. */
export class LifeRequirementDto {
  @ApiProperty({ enum: ORGANISATIONAL_LIFE_KINDS, example: 'committee-meeting' })
  @IsIn(ORGANISATIONAL_LIFE_KINDS)
  kind!: OrganisationalLifeKind;

  @ApiProperty({
    enum: LIFE_PERIODS,
    example: 'month',
    description: '每月 month or 每季度 quarter',
  })
  @IsIn(LIFE_PERIODS)
  per!: LifePeriod;

  @ApiProperty({ example: 1, minimum: 1, maximum: REQUIREMENT_COUNT_MAX, description: '次数' })
  @IsInt()
  @Min(1)
  @Max(REQUIREMENT_COUNT_MAX)
  count!: number;
}

/** A list, for each form that holds organisational life, of a kind required at most once. */
const requirementList = (description: string) =>
  applyDecorators(
    ApiProperty({
      type: [LifeRequirementDto],
      maxItems: ORGANISATIONAL_LIFE_KINDS.length,
      description: `${description}; an empty list requires nothing`,
    }),
    IsArray(),
    ArrayMaxSize(ORGANISATIONAL_LIFE_KINDS.length),
    ValidateNested({ each: true }),
    Type(() => LifeRequirementDto),
  );

/** Every form with requirements; 党建工作小组 work-group and none hold none and are refused. */
export class RequirementsByFormDto {
  @requirementList('党委 committee')
  committee!: LifeRequirementDto[];

  @requirementList('党总支 general-branch')
  'general-branch'!: LifeRequirementDto[];

  @requirementList('党支部 branch')
  branch!: LifeRequirementDto[];

  @requirementList('联合党支部 joint-branch')
  'joint-branch'!: LifeRequirementDto[];
}

/** 组织生活要求: the whole table of a year, replacing the one in force. */
export class SetLifeRequirementsRequest {
  @ApiProperty({
    type: RequirementsByFormDto,
    example: DEFAULT_LIFE_REQUIREMENTS.requirements,
    description: 'What each organisation form must hold (三会一课, 主题党日)',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => RequirementsByFormDto)
  requirements!: RequirementsByFormDto;

  @ApiProperty({ example: 10, minimum: 1, maximum: LIST_SIZE_MAX, description: '红榜名额' })
  @IsInt()
  @Min(1)
  @Max(LIST_SIZE_MAX)
  redListSize!: number;

  @ApiProperty({ example: 10, minimum: 1, maximum: LIST_SIZE_MAX, description: '黑榜名额' })
  @IsInt()
  @Min(1)
  @Max(LIST_SIZE_MAX)
  blackListSize!: number;
}
