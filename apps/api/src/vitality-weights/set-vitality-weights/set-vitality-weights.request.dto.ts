import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DEFAULT_VITALITY_WEIGHTS } from '@pb/domain';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';

/** A weight: whole points out of 100. */
const weight = (description: string, example: number) =>
  applyDecorators(
    ApiProperty({ example, minimum: 0, maximum: 100, description }),
    IsInt(),
    Min(0),
    Max(100),
  );

/** Every component's weight: whole numbers from 0 to 100 that add up to 100. */
export class VitalityWeightsDto {
  @weight('组织生活完成率 life completeness', DEFAULT_VITALITY_WEIGHTS.lifeCompleteness)
  lifeCompleteness!: number;

  @weight('参会率 attendance', DEFAULT_VITALITY_WEIGHTS.attendance)
  attendance!: number;

  @weight('宣讲 lectures delivered against the targets', DEFAULT_VITALITY_WEIGHTS.lectures)
  lectures!: number;

  @weight('为民服务 service tasks completed and rated', DEFAULT_VITALITY_WEIGHTS.serviceTasks)
  serviceTasks!: number;

  @weight('整改 rectifications accepted on time', DEFAULT_VITALITY_WEIGHTS.rectifications)
  rectifications!: number;

  @weight('星级 stars', DEFAULT_VITALITY_WEIGHTS.stars)
  stars!: number;
}

/** 组织活力权重: the year's weights, replacing the ones in force. */
export class SetVitalityWeightsRequest {
  @ApiProperty({ type: VitalityWeightsDto, description: 'Adding up to 100, else 422' })
  @IsObject()
  @ValidateNested()
  @Type(() => VitalityWeightsDto)
  weights!: VitalityWeightsDto;
}
